package org.promise.meeting;

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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.WholeForm;
import org.promise.common.http.PublicLinks;
import org.promise.common.security.Role;
import org.promise.common.sync.SyncLinks;
import org.promise.common.sync.SyncQuery;
import org.promise.common.wire.WireParam;
import org.promise.meeting.MeetingView.AgendaItemView;
import org.promise.meeting.MeetingView.DeclarationView;

/** Meetings, their agenda items, attendance and declarations, and the calendar feed. Reads need no sign-in. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

    private final MeetingService meetings;
    private final AgendaItemService agendaItems;
    private final DeclarationService declarations;
    private final PublicLinks links;
    private final SyncLinks syncLinks;

    public MeetingResource(MeetingService meetings, AgendaItemService agendaItems, DeclarationService declarations,
            PublicLinks links, SyncLinks syncLinks) {
        this.meetings = meetings;
        this.agendaItems = agendaItems;
        this.declarations = declarations;
        this.links = links;
        this.syncLinks = syncLinks;
    }

    @GET
    @Path("/meetings")
    @PermitAll
    public Response list(@QueryParam("authority") String authority, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("status") String status, @QueryParam("kind") String kind,
            @QueryParam("indicator") String indicator, @QueryParam("actionItem") Long actionItem,
            @QueryParam("report") Long report, @QueryParam("modifiedSince") String modifiedSince,
            @QueryParam("limit") Integer limit, @QueryParam("after") String after, @Context UriInfo uri) {
        MeetingView.Page page = meetings.list(new MeetingSearch.Filter(authority, date(from), date(to),
                WireParam.optional(MeetingStatus.class, "status", status).orElse(null),
                WireParam.optional(MeetingKind.class, "kind", kind).orElse(null), indicator, actionItem, report,
                SyncQuery.of(modifiedSince, limit, after)));
        return syncLinks.page(page, page.next(), uri);
    }

    @GET
    @Path("/meetings/calendar.ics")
    @Produces(MeetingCalendar.MEDIA_TYPE)
    @PermitAll
    public Response calendar(@QueryParam("authority") String authority) {
        return Response.ok(meetings.calendar(authority).getBytes(StandardCharsets.UTF_8),
                MeetingCalendar.MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"meetings.ics\"").build();
    }

    @POST
    @Path("/meetings")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response create(@NotNull MeetingInput body) {
        MeetingView created = meetings.create(body);
        return links.created("/api/v1/meetings/" + created.id())
                .header(HttpHeaders.ETAG, EntityTags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("/meetings/{id}")
    @PermitAll
    public Response get(@PathParam("id") long id) {
        return withTag(meetings.get(id));
    }

    @PUT
    @Path("/meetings/{id}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response replace(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull MeetingInput body) {
        return withTag(meetings.replace(id, ifMatch, body));
    }

    @DELETE
    @Path("/meetings/{id}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        meetings.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @PUT
    @Path("/meetings/{id}/attendance")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response replaceAttendance(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull AttendanceInput body) {
        return withTag(meetings.replaceAttendance(id, ifMatch, body));
    }

    @POST
    @Path("/meetings/{id}/agenda-items")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response createAgendaItem(@PathParam("id") long id, @NotNull AgendaItemInput body) {
        AgendaItemView created = agendaItems.create(id, body);
        return links.created("/api/v1/meetings/" + id).header(HttpHeaders.ETAG, EntityTags.of(created.version()))
                .entity(created).build();
    }

    @PUT
    @Path("/agenda-items/{id}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response replaceAgendaItem(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull AgendaItemInput body) {
        AgendaItemView changed = agendaItems.replace(id, ifMatch, body);
        return Response.ok(changed).header(HttpHeaders.ETAG, EntityTags.of(changed.version())).build();
    }

    @DELETE
    @Path("/agenda-items/{id}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public Response deleteAgendaItem(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        agendaItems.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/meetings/{id}/declarations")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response createDeclaration(@PathParam("id") long id, @NotNull DeclarationInput body) {
        DeclarationView created = declarations.create(id, body);
        return links.created("/api/v1/meetings/" + id).entity(created).build();
    }

    @DELETE
    @Path("/declarations/{id}")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    public Response deleteDeclaration(@PathParam("id") long id) {
        declarations.delete(id);
        return Response.noContent().build();
    }

    /** A date the contract has checked already (ParameterCheck), or null. */
    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    private static Response withTag(MeetingView meeting) {
        return Response.ok(meeting).header(HttpHeaders.ETAG, EntityTags.of(meeting.version())).build();
    }
}
