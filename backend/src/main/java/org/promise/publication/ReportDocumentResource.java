package org.promise.publication;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** A report as a page or a PDF. No @Produces: a refusal is a problem whatever the caller accepts. */
@Path("/api/v1/reports/{id}/render")
public class ReportDocumentResource {

    private final PublicationService publications;

    public ReportDocumentResource(PublicationService publications) {
        this.publications = publications;
    }

    @GET
    @Authenticated
    public Response render(@PathParam("id") long id, @QueryParam("format") String format) {
        return publications.report(id, DocumentFormat.required(format)).response();
    }
}
