package org.promise.figure;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.promise.common.concurrency.EntityTags;

/** The answer to putting a figure: 201 when it was created, 200 otherwise, with its ETag. */
public final class FigureResponses {

    private FigureResponses() {
    }

    public static Response of(FigureWrites.Saved<?> saved) {
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .header(HttpHeaders.ETAG, EntityTags.of(saved.version())).entity(saved.view()).build();
    }
}
