package org.promise.datacheck;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.WholeForm;
import org.promise.common.security.Role;
import org.promise.common.wire.WireParam;
import org.promise.figure.FigureResponses;

@Path("/api/v1/data-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DataCheckResource {

    private final DataCheckService service;

    public DataCheckResource(DataCheckService service) {
        this.service = service;
    }

    @GET
    @Authenticated
    public DataCheckView.Page list(@QueryParam("authority") String authority, @QueryParam("status") String status,
            @QueryParam("indicator") String indicator) {
        return new DataCheckView.Page(service.list(authority, WireParam.optional(DataCheckService.StatusFilter.class,
                "status", status).orElse(DataCheckService.StatusFilter.OPEN), indicator));
    }

    @GET
    @Path("/{authority}/{key}/explanation")
    @Authenticated
    public Response explanation(@PathParam("authority") String authority, @PathParam("key") String key) {
        ExplanationView explanation = service.explanation(authority, key);
        return Response.ok(explanation).header(HttpHeaders.ETAG, EntityTags.of(explanation.version())).build();
    }

    @PUT
    @Path("/{authority}/{key}/explanation")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response explain(@PathParam("authority") String authority, @PathParam("key") String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull ExplanationInput body) {
        return FigureResponses.of(service.explain(authority, key, ifMatch, body));
    }
}
