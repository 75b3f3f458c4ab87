package org.promise.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Headers that tell a browser how to treat every answer of the API, errors and problems included: never sniff a
 * type, never send a referrer, never frame it, load nothing on its behalf; and, when the caller used TLS, keep using
 * it (HSTS). A route filter rather than quarkus.http.header, which cannot make HSTS depend on the request.
 */
@Singleton
public class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    /** Nothing may load, run or frame: the API serves data, and a page to print brings its own policy. */
    public static final String DEFAULT_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** Runs before every other filter, so that an answer they give carries these headers too. */
    static final int PRIORITY = 1_000_000;

    private final TrustedProxies proxies;

    public SecurityHeaders(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> addTo(context));
            context.next();
        }, PRIORITY);
    }

    private void addTo(RoutingContext context) {
        MultiMap headers = context.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        if (!headers.contains(CONTENT_SECURITY_POLICY)) {
            headers.set(CONTENT_SECURITY_POLICY, DEFAULT_POLICY);
        }
        if (proxies.isSecure(context.request())) {
            headers.set("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
