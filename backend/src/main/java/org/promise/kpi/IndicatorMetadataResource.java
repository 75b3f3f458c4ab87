package org.promise.kpi;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * One indicator's metadata, beside its definition (/api/v1/indicators/{code}) rather than in it, because it changes
 * with every figure written while the definition (and its ETag) does not (docs/decisions.md, 48).
 */
@Path("/api/v1/indicators/{code}/metadata")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class IndicatorMetadataResource {

    private final IndicatorMetadataService service;

    public IndicatorMetadataResource(IndicatorMetadataService service) {
        this.service = service;
    }

    @GET
    public IndicatorMetadata get(@PathParam("code") String code) {
        return service.get(code);
    }
}
