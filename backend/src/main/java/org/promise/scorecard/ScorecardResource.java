package org.promise.scorecard;

import io.quarkus.security.Authenticated;
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
    public byte[] get(
            @QueryParam("area") String area,
            @QueryParam("period") String period,
            @QueryParam("priority") String priority) {
        return service.json(area, PeriodParam.parse("period", period),
                WireParam.optional(Priority.class, "priority", priority)).bytes();
    }

    @GET
    @Path("/periods")
    @Authenticated
    public PeriodList periods(@QueryParam("area") String area) {
        return new PeriodList(service.periodsWithData(area));
    }

    public record PeriodList(java.util.List<ScorecardService.PeriodSummary> items) {
    }
}
