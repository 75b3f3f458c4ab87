package org.promise.datacheck;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.promise.common.error.WholeForm;
import org.promise.common.security.Role;

@Path("/api/v1/value-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ValueReportResource {

    private final ValueReportService service;

    public ValueReportResource(ValueReportService service) {
        this.service = service;
    }

    @GET
    @Authenticated
    public ValueReportView.Page list(@QueryParam("authority") String authority) {
        return new ValueReportView.Page(service.list(authority));
    }

    @POST
    @RolesAllowed({Role.OFFICER, Role.ADMIN})
    @WholeForm
    public Response add(@NotNull ValueReportInput body) {
        return Response.status(Response.Status.CREATED).entity(service.add(body)).build();
    }
}
