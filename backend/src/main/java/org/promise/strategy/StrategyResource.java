package org.promise.strategy;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A corporate parenting strategy is a public document: anyone may read it, signed in or not. */
@Path("/api/v1/strategies")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class StrategyResource {

    private final StrategyService service;

    public StrategyResource(StrategyService service) {
        this.service = service;
    }

    @GET
    public StrategyView.Page list(@QueryParam("authority") String authority) {
        return new StrategyView.Page(service.list(authority));
    }

    @GET
    @Path("/{id}")
    public StrategyView get(@PathParam("id") long id) {
        return service.get(id);
    }
}
