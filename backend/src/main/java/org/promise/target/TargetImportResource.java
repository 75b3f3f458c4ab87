package org.promise.target;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.promise.common.security.Role;
import org.promise.common.wire.Utf8Body;
import org.promise.figure.ImportReport;
import org.promise.figure.TidyCsv;
import org.promise.figure.TidyRow;

@Path("/api/v1/imports/targets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICER, Role.ADMIN})
public class TargetImportResource {

    private static final List<String> REQUIRED = List.of(TidyRow.TIME_PERIOD, TidyRow.TIME_IDENTIFIER,
            TidyRow.GEOGRAPHIC_LEVEL, TidyRow.AREA, TidyRow.INDICATOR);

    private final TargetImportService service;

    public TargetImportResource(TargetImportService service) {
        this.service = service;
    }

    @POST
    @Consumes("text/csv")
    public ImportReport importCsv(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, byte[] body) {
        return service.importRows(TidyCsv.read(Utf8Body.decode(body), REQUIRED, TargetImportService.COLUMNS), dryRun);
    }
}
