package org.promise.value;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.promise.common.audit.ChangeHistory;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.WholeForm;
import org.promise.common.security.Role;
import org.promise.figure.FigureResponses;

@Path("/api/v1/indicators/{code}/values")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorValueResource {

    private final ValueService service;

    public IndicatorValueResource(ValueService service) {
        this.service = service;
    }

    @GET
    @Authenticated
    public ValueView.Page list(@PathParam("code") String code, @QueryParam("area") String area,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return new ValueView.Page(service.list(code, area, from, to));
    }

    @GET
    @Path("/{area}/{period}")
    @Authenticated
    public Response get(@PathParam("code") String code, @PathParam("area") String area,
            @PathParam("period") String period) {
        ValueView value = service.get(code, area, period);
        return Response.ok(value).header(HttpHeaders.ETAG, EntityTags.of(value.version())).build();
    }

    @GET
    @Path("/{area}/{period}/history")
    @Authenticated
    public ChangeHistory history(@PathParam("code") String code, @PathParam("area") String area,
            @PathParam("period") String period) {
        return service.history(code, area, period);
    }

    @PUT
    @Path("/{area}/{period}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response put(@PathParam("code") String code, @PathParam("area") String area,
            @PathParam("period") String period, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull ValueInput body) {
        return FigureResponses.of(service.put(code, area, period, ifMatch, body));
    }

    @DELETE
    @Path("/{area}/{period}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public Response delete(@PathParam("code") String code, @PathParam("area") String area,
            @PathParam("period") String period, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(code, area, period, ifMatch);
        return Response.noContent().build();
    }
}
