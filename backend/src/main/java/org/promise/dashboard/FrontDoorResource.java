package org.promise.dashboard;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What a visitor's pages need before they choose an authority. Public. */
@Path("/api/v1/public/authorities")
@Produces(MediaType.APPLICATION_JSON)
public class FrontDoorResource {

    private final FrontDoorService service;

    public FrontDoorResource(FrontDoorService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    public PublicAuthorityList list() {
        return service.authorities();
    }
}
