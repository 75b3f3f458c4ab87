package org.promise.common.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body over the limit with a problem, before reading it. The HTTP layer's own, higher limit
 * (quarkus.http.limits.max-body-size) stays as a backstop for bodies sent without a length, but answers bare.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    private final long maxBytes;

    public BodySizeLimit(@ConfigProperty(name = "promise.max-body-bytes") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw ApiException.of(ApiException.Kind.PAYLOAD_TOO_LARGE, "The body is " + request.getLength()
                    + " bytes; this service accepts at most " + maxBytes + " bytes (" + maxBytes / (1024 * 1024)
                    + " MB) in one request");
        }
    }
}
