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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.WholeForm;
import org.promise.common.security.Role;

/** An agenda item's minute: its versions (no sign-in needed) and the next one (officers). */
@Path("/api/v1/agenda-items/{id}/minutes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MinuteResource {

    private final MinuteService service;

    public MinuteResource(MinuteService service) {
        this.service = service;
    }

    @PUT
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response write(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull MinuteInput body) {
        MinuteView written = service.write(id, ifMatch, body);
        return Response.ok(written).header(HttpHeaders.ETAG, EntityTags.of(written.versionNo())).build();
    }

    /** The ETag is the latest version's number, which the next write quotes. */
    @GET
    @PermitAll
    @Path("/versions")
    public Response versions(@PathParam("id") long id) {
        MeetingMinutes.Versions versions = service.versions(id);
        Response.ResponseBuilder answer = Response.ok(versions);
        if (!versions.items().isEmpty()) {
            answer.header(HttpHeaders.ETAG, EntityTags.of(versions.items().get(versions.items().size() - 1).versionNo()));
        }
        return answer.build();
    }
}
