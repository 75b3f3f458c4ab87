package org.promise.scorecard;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.promise.period.PeriodParam;

/** The public scorecard: no sign-in, rate limited by address (see RateLimitFilter). */
@Path("/api/v1/public/scorecard")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicScorecardResource {

    private final PublicScorecardService service;

    public PublicScorecardResource(PublicScorecardService service) {
        this.service = service;
    }

    @GET
    public byte[] get(@QueryParam("area") String area,
            @QueryParam("period") String period) {
        return service.build(area, PeriodParam.parse("period", period)).bytes();
    }

    @GET
    @Path("/periods")
    public ScorecardResource.PeriodList periods(@QueryParam("area") String area) {
        return new ScorecardResource.PeriodList(service.periods(area));
    }
}
