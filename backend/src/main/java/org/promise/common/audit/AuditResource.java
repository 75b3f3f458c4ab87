package org.promise.common.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.promise.common.security.Role;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditService service;

    public AuditResource(AuditService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Role.ADMIN)
    public AuditEntryView.Page list(
            @QueryParam("entityType") @Size(max = 40) @Pattern(regexp = "^[a-z][a-z-]*$") String entityType,
            @QueryParam("entityId") @Size(max = 80) String entityId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return new AuditEntryView.Page(service.newest(entityType, entityId, limit));
    }
}
