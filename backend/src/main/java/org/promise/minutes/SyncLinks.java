package org.promise.minutes;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.promise.common.http.PublicLinks;

/** The {@code Link: <...>; rel="next"} of a sync page: the same request, every other parameter kept, with the cursor. */
@Singleton
public class SyncLinks {

    private final PublicLinks links;

    public SyncLinks(PublicLinks links) {
        this.links = links;
    }

    /** The answer, with a link to the next page when there is one. */
    public Response.ResponseBuilder page(Response.ResponseBuilder answer, UriInfo uri, String next) {
        if (next == null) {
            return answer;
        }
        URI request = uri.getRequestUri();
        String target = UriBuilder.fromPath(request.getRawPath()).replaceQuery(request.getRawQuery())
                .replaceQueryParam("after").queryParam("after", next).build().toString();
        return answer.header("Link", "<" + links.to(target) + ">; rel=\"next\"");
    }
}
