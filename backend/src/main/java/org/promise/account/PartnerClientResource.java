package org.promise.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.promise.common.security.Role;

/** Partner systems' clients, made and revoked in Keycloak by administrators (decision 49). */
@Path("/api/v1/admin/partner-clients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class PartnerClientResource {

    private final PartnerClientService service;

    public PartnerClientResource(PartnerClientService service) {
        this.service = service;
    }

    @GET
    public PartnerClientView.Page list(@QueryParam("authority") String authority) {
        return new PartnerClientView.Page(service.list(authority));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid PartnerClientInput body) {
        return withSecret(Response.status(Response.Status.CREATED), service.create(body));
    }

    @POST
    @Path("/{clientId}/secret")
    public Response rotateSecret(@PathParam("clientId") String clientId) {
        return withSecret(Response.ok(), service.rotateSecret(clientId));
    }

    @DELETE
    @Path("/{clientId}")
    public Response revoke(@PathParam("clientId") String clientId) {
        service.revoke(clientId);
        return Response.noContent().build();
    }

    /** A secret is shown once: no cache on the way may keep the answer. */
    private static Response withSecret(Response.ResponseBuilder builder, PartnerClientSecret answer) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return builder.entity(answer).cacheControl(noStore).build();
    }
}
