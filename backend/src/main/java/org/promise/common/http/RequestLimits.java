package org.promise.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.promise.common.error.ApiException;
import org.promise.common.error.RoutedProblems;

/**
 * Refuses a request whose address (414) or headers (431) are over the limits, with a problem like every other
 * refusal. Vert.x's own codec limits (quarkus.http.limits.max-initial-line-length and max-header-size) are set well
 * above these and stay only as a backstop against unbounded memory: what the codec refuses never reaches a filter,
 * and Quarkus offers no hook for Vert.x's invalid-request handler, so those answers are bare.
 */
@Singleton
public class RequestLimits {

    /** After the security headers' filter, before everything else. */
    static final int PRIORITY = SecurityHeaders.PRIORITY - 1;
    /** A header line's colon, space, carriage return and line feed, besides its name and value. */
    private static final int HEADER_LINE_OVERHEAD = 4;

    private final int maxUriLength;
    private final int maxHeaderBytes;
    private final RoutedProblems problems;

    public RequestLimits(@ConfigProperty(name = "promise.max-uri-length") int maxUriLength,
            @ConfigProperty(name = "promise.max-header-bytes") int maxHeaderBytes, RoutedProblems problems) {
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        int uriLength = context.request().uri().length();
        if (uriLength > maxUriLength) {
            problems.send(context, ApiException.of(ApiException.Kind.URI_TOO_LONG, "The address is " + uriLength
                    + " characters long; this service accepts at most " + maxUriLength
                    + ". Ask for fewer indicators or areas at a time"));
            return;
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + HEADER_LINE_OVERHEAD;
        }
        if (headerBytes > maxHeaderBytes) {
            problems.send(context, ApiException.of(ApiException.Kind.HEADERS_TOO_LARGE, "The headers are "
                    + headerBytes + " bytes; this service accepts at most " + maxHeaderBytes));
            return;
        }
        context.next();
    }
}
