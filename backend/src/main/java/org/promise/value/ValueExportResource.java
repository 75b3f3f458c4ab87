package org.promise.value;

import static org.promise.common.wire.AcceptHeader.TEXT_CSV;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.promise.common.wire.AcceptHeader;

@Path("/api/v1/values")
@Authenticated
public class ValueExportResource {

    private final ValueService values;

    public ValueExportResource(ValueService values) {
        this.values = values;
    }

    /** JSON unless the caller asks for CSV by name: a bare Accept or a wildcard gets JSON. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV})
    public Response export(@QueryParam("indicator") String indicator, @QueryParam("area") String area,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @RestQuery List<String> timeIdentifier, @QueryParam(AcceptHeader.FORMAT) String format,
            @Context HttpHeaders headers) {
        List<ValueView> found = values.search(indicator, area, from, to, timeIdentifier);
        if (!AcceptHeader.asksFor(format, headers, TEXT_CSV)) {
            return Response.ok(new ValueView.Page(found), MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(values.tidyCsv(found), TEXT_CSV)
                .header("Content-Disposition", "attachment; filename=\"promise-values.csv\"").build();
    }
}
