package org.promise.kpi;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.promise.common.wire.WireParam;
import org.promise.indicator.Priority;

/**
 * Indicator metadata beside the catalogue (/api/v1/indicators): apart from the indicator's definition, because it
 * changes with every figure written while the definition (and its ETag) does not (docs/decisions.md, 48).
 */
@Path("/api/v1/indicators/metadata")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class IndicatorMetadataResource {

    private final IndicatorMetadataService service;

    public IndicatorMetadataResource(IndicatorMetadataService service) {
        this.service = service;
    }

    @GET
    public IndicatorMetadata.Page list(@QueryParam("priority") String priority) {
        return new IndicatorMetadata.Page(service.list(WireParam.optional(Priority.class, "priority", priority)));
    }

    @GET
    @Path("/{code}")
    public IndicatorMetadata get(@PathParam("code") String code) {
        return service.get(code);
    }
}
