package org.promise.minutes;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.WholeForm;
import org.promise.common.security.Role;
import org.promise.common.sync.SyncLinks;
import org.promise.common.sync.SyncQuery;
import org.promise.common.wire.WireParam;

/** The tracker of actions arising: no sign-in needed to read; officers change them. */
@Path("/api/v1/actions-arising")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionArisingResource {

    private final ActionArisingService service;
    private final SyncLinks links;

    public ActionArisingResource(ActionArisingService service, SyncLinks links) {
        this.service = service;
        this.links = links;
    }

    @GET
    @PermitAll
    public Response list(@QueryParam("authority") String authority, @QueryParam("status") String status,
            @QueryParam("overdue") Boolean overdue, @QueryParam("modifiedSince") String modifiedSince,
            @QueryParam("limit") Integer limit, @QueryParam("after") String after, @Context UriInfo uri) {
        ActionArisingView.Page page = service.list(new ActionArisingService.Filter(authority,
                WireParam.optional(ActionArisingStatus.class, "status", status).orElse(null), overdue,
                SyncQuery.of(modifiedSince, limit, after)));
        return links.page(page, page.next(), uri);
    }

    @GET
    @PermitAll
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        ActionArisingView action = service.get(id);
        return Response.ok(action).header(HttpHeaders.ETAG, EntityTags.of(action.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response replace(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull ActionArisingUpdate body) {
        ActionArisingView changed = service.replace(id, ifMatch, body);
        return Response.ok(changed).header(HttpHeaders.ETAG, EntityTags.of(changed.version())).build();
    }
}
