package org.promise.scorecard;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.promise.common.wire.WireParam;
import org.promise.indicator.Priority;
import org.promise.period.PeriodParam;

@Path("/api/v1/scorecard")
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardResource {

    private final ScorecardService service;

    public ScorecardResource(ScorecardService service) {
        this.service = service;
    }

    @GET
    @Authenticated
    public ScorecardView get(
            @QueryParam("area") @NotNull @Pattern(regexp = "^E[0-9]{8}$",
                    message = "must be an ONS GSS code such as E08000030") String area,
            @QueryParam("period") @NotNull String period,
            @QueryParam("priority") String priority) {
        return service.build(area, PeriodParam.parse("period", period),
                WireParam.optional(Priority.class, "priority", priority));
    }

    @GET
    @Path("/periods")
    @Authenticated
    public PeriodList periods(@QueryParam("area") @NotNull @Pattern(regexp = "^E[0-9]{8}$",
            message = "must be an ONS GSS code such as E08000030") String area) {
        return new PeriodList(service.periodsWithData(area));
    }

    public record PeriodList(java.util.List<ScorecardService.PeriodSummary> items) {
    }
}
