package org.promise.common.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.promise.common.http.PublicLinks;

/** The RFC 8288 {@code Link: <...>; rel="next"} of a sync list's page, with every other parameter kept. */
@ApplicationScoped
public class SyncLinks {

    private final PublicLinks links;

    public SyncLinks(PublicLinks links) {
        this.links = links;
    }

    /** 200 with the page, and its next page's link when there is one. */
    public Response page(Object body, String next, UriInfo uri) {
        Response.ResponseBuilder answer = Response.ok(body);
        if (next != null) {
            URI request = uri.getRequestUri();
            String target = UriBuilder.fromPath(request.getRawPath()).replaceQuery(request.getRawQuery())
                    .replaceQueryParam("after").queryParam("after", next).build().toString();
            answer.header("Link", "<" + links.to(target) + ">; rel=\"next\"");
        }
        return answer.build();
    }
}
