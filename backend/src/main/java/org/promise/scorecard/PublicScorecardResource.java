package org.promise.scorecard;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
    public ScorecardView get(@QueryParam("area") @NotNull @Pattern(regexp = "^E[0-9]{8}$",
            message = "must be an ONS GSS code such as E08000030") String area,
            @QueryParam("period") @NotNull String period) {
        return service.build(area, PeriodParam.parse("period", period));
    }

    @GET
    @Path("/periods")
    public ScorecardResource.PeriodList periods(@QueryParam("area") @NotNull @Pattern(regexp = "^E[0-9]{8}$",
            message = "must be an ONS GSS code such as E08000030") String area) {
        return new ScorecardResource.PeriodList(service.periods(area));
    }
}
