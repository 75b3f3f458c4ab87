package org.promise.minutes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.promise.common.error.WholeForm;
import org.promise.common.http.PublicLinks;
import org.promise.common.security.Role;

/** Recording a resolution of an agenda item. */
@Path("/api/v1/agenda-items/{id}/resolutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResolutionResource {

    private final ResolutionService service;
    private final PublicLinks links;

    public ResolutionResource(ResolutionService service, PublicLinks links) {
        this.service = service;
        this.links = links;
    }

    @POST
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response create(@PathParam("id") long id, @NotNull ResolutionInput body) {
        ResolutionService.Recorded recorded = service.create(id, body);
        return links.created("/api/v1/meetings/" + recorded.meetingId() + "/minutes")
                .entity(recorded.resolution()).build();
    }
}
