package org.promise.report;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.WholeForm;
import org.promise.common.http.PublicLinks;
import org.promise.common.security.Role;
import org.promise.common.sync.SyncLinks;
import org.promise.common.wire.WireParam;

/** Reports: a published public report is read without signing in; drafts and exempt reports by insiders only. */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    static final int DEFAULT_LIMIT = 50;

    private final ReportService service;
    private final PublicLinks links;
    private final SyncLinks syncLinks;

    public ReportResource(ReportService service, PublicLinks links, SyncLinks syncLinks) {
        this.service = service;
        this.links = links;
        this.syncLinks = syncLinks;
    }

    @GET
    @PermitAll
    public Response list(@QueryParam("authority") String authority, @QueryParam("q") String q,
            @QueryParam("type") List<String> types, @QueryParam("status") String status,
            @QueryParam("period") String period, @QueryParam("meeting") Long meeting,
            @QueryParam("visibility") String visibility, @QueryParam("limit") Integer limit,
            @QueryParam("after") String after, @Context UriInfo uri) {
        ReportView.Page page = service.list(new ReportSearch.Filter(authority, q,
                types.stream().map(type -> WireParam.optional(ReportType.class, "type", type).orElseThrow()).toList(),
                WireParam.optional(ReportStatus.class, "status", status).orElse(null), period, meeting,
                WireParam.optional(Visibility.class, "visibility", visibility).orElse(null),
                limit == null ? DEFAULT_LIMIT : limit, after));
        return syncLinks.page(page, page.next(), uri);
    }

    @POST
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response create(@NotNull ReportInput body) {
        ReportView created = service.create(body);
        return links.created("/api/v1/reports/" + created.id())
                .header(HttpHeaders.ETAG, EntityTags.of(created.version()))
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public Response get(@PathParam("id") long id) {
        return withTag(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response replace(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull ReportInput body) {
        return withTag(service.replace(id, ifMatch, body));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    /** The body is {@code {}}: publishing takes nothing but the report as it stands. */
    @POST
    @Path("/{id}/publish")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public Response publish(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull EmptyBody body) {
        return withTag(service.publish(id, ifMatch));
    }

    @GET
    @Path("/{id}/versions")
    @PermitAll
    public ReportView.VersionList versions(@PathParam("id") long id) {
        return service.versions(id);
    }

    @POST
    @Path("/{id}/versions")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response publishVersion(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull ReportVersionInput body) {
        return withTag(service.publishVersion(id, ifMatch, body));
    }

    @GET
    @Path("/{id}/versions/{number}")
    @PermitAll
    public ReportView.Version version(@PathParam("id") long id, @PathParam("number") int number) {
        return service.version(id, number);
    }

    @PUT
    @Path("/{id}/decisions/{recommendation}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response recordDecision(@PathParam("id") long id, @PathParam("recommendation") int recommendation,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull ReportDecisionInput body) {
        return withTag(service.recordDecision(id, recommendation, ifMatch, body));
    }

    @DELETE
    @Path("/{id}/decisions/{recommendation}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public Response withdrawDecision(@PathParam("id") long id, @PathParam("recommendation") int recommendation,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(service.withdrawDecision(id, recommendation, ifMatch));
    }

    private static Response withTag(ReportView report) {
        return Response.ok(report).header(HttpHeaders.ETAG, EntityTags.of(report.version())).build();
    }

    /** A body with nothing in it: {@code {}}; any field is refused as unknown. */
    public record EmptyBody() {
    }
}
