package org.promise.strategy;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
    public StrategyView.Page list(@QueryParam("authority") @Pattern(regexp = "^E[0-9]{8}$",
            message = "must be an ONS GSS code such as E08000030") String authority) {
        return new StrategyView.Page(service.list(authority));
    }

    @GET
    @Path("/{id}")
    public StrategyView get(@PathParam("id") @Min(1) long id) {
        return service.get(id);
    }
}
