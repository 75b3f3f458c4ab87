package org.promise.actionplan;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.promise.common.audit.ChangeHistory;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.WholeForm;
import org.promise.common.http.PublicLinks;
import org.promise.common.security.Role;

@Path("/api/v1/action-items/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionItemResource {

    public record UpdatePage(List<ActionItemView.UpdateView> items) {
    }

    private final ActionItemService service;
    private final PublicLinks links;

    public ActionItemResource(ActionItemService service, PublicLinks links) {
        this.service = service;
        this.links = links;
    }

    @GET
    @Authenticated
    public Response get(@PathParam("id") long id) {
        ActionItemDetail detail = service.detail(id);
        return Response.ok(detail).header(HttpHeaders.ETAG, EntityTags.of(detail.item().version())).build();
    }

    @PUT
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response replace(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull ActionItemInput body) {
        ActionItemView changed = service.replace(id, ifMatch, body);
        return Response.ok(changed).header(HttpHeaders.ETAG, EntityTags.of(changed.version())).build();
    }

    @GET
    @Path("/history")
    @Authenticated
    public ChangeHistory history(@PathParam("id") long id) {
        return service.history(id);
    }

    @GET
    @Path("/updates")
    @Authenticated
    public UpdatePage updates(@PathParam("id") long id) {
        return new UpdatePage(service.updatesOf(id));
    }

    /** Quotes the item's ETag in If-Match, so that an update is never written over news the officer has not seen. */
    @POST
    @Path("/updates")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response addUpdate(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull ProgressUpdateInput body) {
        ActionItemView changed = service.addUpdate(id, ifMatch, body);
        return links.created("/api/v1/action-items/" + id + "/updates").header(HttpHeaders.ETAG, EntityTags.of(changed.version()))
                .entity(changed).build();
    }

    @POST
    @Path("/questions")
    @RolesAllowed({Role.BOARD_MEMBER, Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response ask(@PathParam("id") long id, @NotNull TextInput body) {
        ActionItemView.QuestionView asked = service.ask(id, body);
        return links.created("/api/v1/action-items/" + id + "/questions").entity(asked).build();
    }

    @PUT
    @Path("/questions/{questionId}/answer")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public ActionItemView.QuestionView answer(@PathParam("id") long id,
            @PathParam("questionId") long questionId, @NotNull TextInput body) {
        return service.answer(id, questionId, body);
    }
}
