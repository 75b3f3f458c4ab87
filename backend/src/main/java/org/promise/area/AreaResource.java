package org.promise.area;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.promise.common.error.ApiException;
import org.promise.common.wire.WireParam;

@Path("/api/v1/areas")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class AreaResource {

    private final AreaService service;

    public AreaResource(AreaService service) {
        this.service = service;
    }

    @GET
    public AreaView.Page list(@QueryParam("kind") String kind) {
        return new AreaView.Page(service.list(WireParam.optional(AreaKind.class, "kind", kind)));
    }

    @GET
    @Path("/{code}")
    public AreaView get(@PathParam("code") String code) {
        return service.find(code).orElseThrow(() -> ApiException.notFound("There is no area " + code));
    }
}
