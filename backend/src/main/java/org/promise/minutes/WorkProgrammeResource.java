package org.promise.minutes;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.WholeForm;
import org.promise.common.http.PublicLinks;
import org.promise.common.security.Role;
import org.promise.common.sync.SyncLinks;
import org.promise.common.sync.SyncQuery;

/** The work programme: public to read; officers plan, change and move its items. */
@Path("/api/v1/work-programme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkProgrammeResource {

    private final WorkProgrammeService service;
    private final SyncLinks syncLinks;
    private final PublicLinks links;

    public WorkProgrammeResource(WorkProgrammeService service, SyncLinks syncLinks, PublicLinks links) {
        this.service = service;
        this.syncLinks = syncLinks;
        this.links = links;
    }

    @GET
    @PermitAll
    public WorkProgrammeView programme(@QueryParam("authority") String authority, @QueryParam("year") Integer year) {
        return service.programme(authority, year);
    }

    @GET
    @PermitAll
    @Path("/items")
    public Response list(@QueryParam("authority") String authority, @QueryParam("modifiedSince") String modifiedSince,
            @QueryParam("limit") Integer limit, @QueryParam("after") String after, @Context UriInfo uri) {
        WorkProgrammeItemView.Page page = service.list(authority, SyncQuery.of(modifiedSince, limit, after));
        return syncLinks.page(page, page.next(), uri);
    }

    @POST
    @Path("/items")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response create(@NotNull WorkProgrammeItemInput body) {
        WorkProgrammeItemView created = service.create(body);
        return links.created("/api/v1/work-programme/items/" + created.id())
                .header(HttpHeaders.ETAG, EntityTags.of(created.version())).entity(created).build();
    }

    @GET
    @PermitAll
    @Path("/items/{id}")
    public Response get(@PathParam("id") long id) {
        return tagged(service.get(id));
    }

    @PUT
    @Path("/items/{id}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response replace(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull WorkProgrammeItemInput body) {
        return tagged(service.replace(id, ifMatch, body));
    }

    @POST
    @Path("/items/{id}/moves")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response move(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull WorkProgrammeMoveInput body) {
        return tagged(service.move(id, ifMatch, body));
    }

    private static Response tagged(WorkProgrammeItemView item) {
        return Response.ok(item).header(HttpHeaders.ETAG, EntityTags.of(item.version())).build();
    }
}
