package org.promise.kpi;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.promise.common.wire.WireParam;
import org.promise.indicator.Priority;

/** Every indicator's metadata, as {@link IndicatorMetadataResource} gives one's (docs/decisions.md, 48). */
@Path("/api/v1/indicators/metadata")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class IndicatorMetadataListResource {

    private final IndicatorMetadataService service;

    public IndicatorMetadataListResource(IndicatorMetadataService service) {
        this.service = service;
    }

    @GET
    public IndicatorMetadata.Page list(@QueryParam("priority") String priority) {
        return new IndicatorMetadata.Page(service.list(WireParam.optional(Priority.class, "priority", priority)));
    }
}
