package org.promise.dashboard;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    private final DashboardService service;

    public DashboardResource(DashboardService service) {
        this.service = service;
    }

    @GET
    @Authenticated
    public DashboardView get(@QueryParam("authority") String authority) {
        return service.build(authority);
    }
}
