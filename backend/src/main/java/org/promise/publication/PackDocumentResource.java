package org.promise.publication;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** A performance pack as a page or a PDF, to its authority's insiders as its JSON read; no @Produces, as a report. */
@Path("/api/v1/performance-packs/{id}/render")
public class PackDocumentResource {

    private final PublicationService publications;

    public PackDocumentResource(PublicationService publications) {
        this.publications = publications;
    }

    @GET
    @Authenticated
    public Response render(@PathParam("id") long id, @QueryParam("format") String format) {
        return publications.pack(id, DocumentFormat.required(format)).response();
    }
}
