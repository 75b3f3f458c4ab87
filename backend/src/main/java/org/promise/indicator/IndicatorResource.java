package org.promise.indicator;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.promise.common.http.PublicLinks;
import org.promise.common.security.Role;
import org.promise.common.wire.WireParam;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    private final IndicatorService service;
    private final PublicLinks links;

    public IndicatorResource(IndicatorService service, PublicLinks links) {
        this.service = service;
        this.links = links;
    }

    @GET
    @Authenticated
    public IndicatorView.Page list(@QueryParam("priority") String priority) {
        return new IndicatorView.Page(service.list(WireParam.optional(Priority.class, "priority", priority)));
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @WholeForm
    public Response create(@NotNull IndicatorInput body) {
        IndicatorView created = service.create(body);
        return links.created("/api/v1/indicators/" + created.code())
                .header(HttpHeaders.ETAG, EntityTags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("/{code}")
    @Authenticated
    public Response get(@PathParam("code") String code) {
        IndicatorView indicator = service.get(code);
        return Response.ok(indicator).header(HttpHeaders.ETAG, EntityTags.of(indicator.version())).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Role.ADMIN)
    @WholeForm
    public Response replace(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull IndicatorInput body) {
        IndicatorView changed = service.replace(code, ifMatch, body);
        return Response.ok(changed).header(HttpHeaders.ETAG, EntityTags.of(changed.version())).build();
    }
}
