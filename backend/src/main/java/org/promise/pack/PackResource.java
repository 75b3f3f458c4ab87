package org.promise.pack;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.WholeForm;
import org.promise.common.http.PublicLinks;
import org.promise.common.security.Role;
import org.promise.common.wire.WireParam;
import org.promise.period.PeriodParam;

@Path("/api/v1/performance-packs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PackResource {

    private final PackService service;
    private final PublicLinks links;

    public PackResource(PackService service, PublicLinks links) {
        this.service = service;
        this.links = links;
    }

    @GET
    @Authenticated
    public PerformancePackView.Page list(@QueryParam("authority") String authority,
            @QueryParam("period") String period, @QueryParam("status") String status,
            @QueryParam("meeting") Long meeting) {
        return new PerformancePackView.Page(service.list(new PerformancePackRepository.Filter(authority,
                period == null ? null : PeriodParam.parse("period", period).code(),
                WireParam.optional(PackStatus.class, "status", status).orElse(null), meeting)));
    }

    @POST
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response create(@NotNull PerformancePackInput body) {
        PerformancePackView created = service.create(body);
        return links.created("/api/v1/performance-packs/" + created.id())
                .header(HttpHeaders.ETAG, EntityTags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    public Response get(@PathParam("id") long id) {
        return withTag(service.get(id));
    }

    @DELETE
    @Path("/{id}")
    @Authenticated
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/commentary/{indicator}")
    @Authenticated
    @WholeForm
    public Response writeCommentary(@PathParam("id") long id, @PathParam("indicator") String indicator,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull PackCommentaryInput body) {
        return withTag(service.writeCommentary(id, indicator, ifMatch, body));
    }

    @DELETE
    @Path("/{id}/commentary/{indicator}")
    @Authenticated
    public Response removeCommentary(@PathParam("id") long id, @PathParam("indicator") String indicator,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(service.removeCommentary(id, indicator, ifMatch));
    }

    @POST
    @Path("/{id}/freeze")
    @Authenticated
    @WholeForm
    public Response freeze(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull PackFreezeInput body) {
        return withTag(service.freeze(id, ifMatch, body));
    }

    /** The frozen bytes exactly as stored, so that their SHA-256 is the pack's. */
    @GET
    @Path("/{id}/content")
    @Authenticated
    public Response content(@PathParam("id") long id) {
        PackService.FrozenContent frozen = service.content(id);
        return Response.ok(frozen.text().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, EntityTags.of(frozen.version()))
                .header("Repr-Digest", CanonicalJson.reprDigest(frozen.text())).build();
    }

    @GET
    @Path("/{id}/changes")
    @Authenticated
    public PackChange.Page changes(@PathParam("id") long id) {
        return service.changes(id);
    }

    private static Response withTag(PerformancePackView pack) {
        return Response.ok(pack).header(HttpHeaders.ETAG, EntityTags.of(pack.version())).build();
    }
}
