package org.promise.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.promise.common.wire.WireParam;

/**
 * A report as a page or a PDF, to whoever may read it as JSON: no sign-in for a published public report. No
 * @Produces: a refusal is a problem whatever the caller accepts.
 */
@Path("/api/v1/reports/{id}/render")
public class ReportDocumentResource {

    private final PublicationService publications;

    public ReportDocumentResource(PublicationService publications) {
        this.publications = publications;
    }

    @GET
    @PermitAll
    public Response render(@PathParam("id") long id, @QueryParam("format") String format,
            @QueryParam("version") Integer version, @QueryParam("edition") String edition) {
        return publications.report(id, DocumentFormat.required(format), version,
                WireParam.optional(ReportDocument.Edition.class, "edition", edition)
                        .orElse(ReportDocument.Edition.FULL)).response();
    }
}
