package org.promise.report;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.promise.common.http.PublicLinks;
import org.promise.common.security.Role;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService service;
    private final PublicLinks links;

    public ReportResource(ReportService service, PublicLinks links) {
        this.service = service;
        this.links = links;
    }

    @GET
    @Authenticated
    public ReportView.Page list(@QueryParam("authority") String authority) {
        return new ReportView.Page(service.list(authority));
    }

    @POST
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public Response create(@NotNull @Valid ReportInput body) {
        ReportView created = service.create(body);
        return links.created("/api/v1/reports/" + created.id())
                .header(HttpHeaders.ETAG, EntityTags.of(created.version()))
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    public Response get(@PathParam("id") long id) {
        ReportView report = service.get(id);
        return Response.ok(report).header(HttpHeaders.ETAG, EntityTags.of(report.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public Response replace(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ReportInput body) {
        ReportView changed = service.replace(id, ifMatch, body);
        return Response.ok(changed).header(HttpHeaders.ETAG, EntityTags.of(changed.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
