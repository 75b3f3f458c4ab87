package org.promise.value;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.promise.common.security.Role;
import org.promise.common.wire.Utf8Body;
import org.promise.figure.ImportReport;
import org.promise.figure.TidyCsv;
import org.promise.figure.TidyRow;

@Path("/api/v1/imports/values")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICER, Role.ADMIN})
public class ValueImportResource {

    private final ValueImportService service;

    public ValueImportResource(ValueImportService service) {
        this.service = service;
    }

    @POST
    @Consumes("text/csv")
    public ImportReport importCsv(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, byte[] body) {
        return service.importRows(TidyCsv.read(Utf8Body.decode(body)), dryRun);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ImportReport importJson(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @NotNull List<@NotNull @Valid JsonImportRow> body) {
        List<TidyRow> rows = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            // Numbered as the CSV's lines would be, so that a report reads the same for both formats.
            rows.add(body.get(i).toRow(i + 2));
        }
        return service.importRows(rows, dryRun);
    }
}
