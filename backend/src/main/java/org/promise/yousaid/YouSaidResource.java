package org.promise.yousaid;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.promise.common.error.WholeForm;
import org.promise.common.http.PublicLinks;
import org.promise.common.security.Role;

@Path("/api/v1/you-said-we-did")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class YouSaidResource {

    private final YouSaidService service;
    private final PublicLinks links;

    public YouSaidResource(YouSaidService service, PublicLinks links) {
        this.service = service;
        this.links = links;
    }

    @GET
    @PermitAll
    public YouSaidView.Page list(@QueryParam("authority") String authority) {
        return service.list(authority);
    }

    @POST
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response create(@NotNull YouSaidInput body) {
        YouSaidView created = service.create(body);
        return links.created(listOf(created.authority())).entity(created).build();
    }

    @POST
    @Path("/{id}/entries")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response addEntry(@PathParam("id") long id, @NotNull YouSaidEntryInput body) {
        YouSaidView changed = service.addEntry(id, body);
        return links.created(listOf(changed.authority())).entity(changed).build();
    }

    private static String listOf(String authority) {
        return "/api/v1/you-said-we-did?authority=" + authority;
    }
}
