package org.promise.actionplan;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.WholeForm;
import org.promise.common.http.PublicLinks;
import org.promise.common.http.SecurityHeaders;
import org.promise.common.security.Role;
import org.promise.common.wire.AcceptHeader;
import org.promise.common.wire.WireParam;
import org.promise.indicator.Priority;

@Path("/api/v1/action-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionPlanResource {

    private final ActionPlanService plans;
    private final CarryForwardService carryForward;
    private final PublicLinks links;

    public ActionPlanResource(ActionPlanService plans, CarryForwardService carryForward, PublicLinks links) {
        this.plans = plans;
        this.carryForward = carryForward;
        this.links = links;
    }

    @GET
    @Authenticated
    public ActionPlanView.Page list(@QueryParam("authority") String authority) {
        return new ActionPlanView.Page(plans.list(authority));
    }

    @POST
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response create(@NotNull ActionPlanInput body) {
        ActionPlanView created = plans.create(body);
        return links.created("/api/v1/action-plans/" + created.id())
                .header(HttpHeaders.ETAG, EntityTags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    public Response get(@PathParam("id") long id) {
        ActionPlanView plan = plans.get(id);
        return Response.ok(plan).header(HttpHeaders.ETAG, EntityTags.of(plan.version())).build();
    }

    /** The plan's items as JSON, or in the board's layouts: CSV, or a page to print (Accept: text/html). */
    @GET
    @Path("/{id}/items")
    @Authenticated
    @Produces({MediaType.APPLICATION_JSON, AcceptHeader.TEXT_CSV, MediaType.TEXT_HTML})
    public Response items(@PathParam("id") long id, @QueryParam("status") String status,
            @QueryParam("priority") String priority, @QueryParam("owner") String owner,
            @QueryParam("overdue") boolean overdue, @QueryParam(AcceptHeader.FORMAT) String format,
            @Context HttpHeaders headers) {
        ActionPlanService.Filter filter = new ActionPlanService.Filter(
                WireParam.optional(ItemStatus.class, "status", status),
                WireParam.optional(Priority.class, "priority", priority),
                Optional.ofNullable(owner).filter(text -> !text.isBlank()), overdue);
        ActionItemView.Page page = plans.items(id, filter);
        String fileName = "action-plan-" + page.plan().authority() + "-" + page.plan().year();
        if (AcceptHeader.asksFor(format, headers, AcceptHeader.TEXT_CSV)) {
            return Response.ok(ActionPlanExport.csv(page.items()), AcceptHeader.TEXT_CSV)
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"").build();
        }
        if (AcceptHeader.asksFor(format, headers, MediaType.TEXT_HTML)) {
            return Response.ok(ActionPlanExport.html(page.plan(), page.items()), MediaType.TEXT_HTML + ";charset=UTF-8")
                    .header("Content-Disposition", "inline; filename=\"" + fileName + ".html\"")
                    .header(SecurityHeaders.CONTENT_SECURITY_POLICY, ActionPlanExport.STYLE.contentSecurityPolicy())
                    .build();
        }
        return Response.ok(page, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("/{id}/items")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response addItem(@PathParam("id") long id, @NotNull ActionItemInput body) {
        ActionItemView created = plans.addItem(id, body);
        return links.created("/api/v1/action-items/" + created.id()).header(HttpHeaders.ETAG, EntityTags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("/{id}/carry-forward")
    @Authenticated
    public CarryForwardView.Preview previewCarryForward(@PathParam("id") long id) {
        return carryForward.preview(id);
    }

    /** Takes no body, so any Content-Type (or none) will do. */
    @POST
    @Path("/{id}/carry-forward")
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @Consumes(MediaType.WILDCARD)
    public CarryForwardView.Result carryForward(@PathParam("id") long id) {
        return carryForward.carry(id);
    }
}
