package org.promise.common.ratelimit;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.promise.common.error.ApiException;
import org.promise.common.http.TrustedProxies;
import org.promise.common.security.Caller;
import org.promise.common.security.Role;

/**
 * Limits partner systems (by client) and callers who have not signed in (by address): over the limit, 429 with
 * Retry-After. Signed-in people are never limited: the board's work must not wait on a partner's batch job. The
 * buckets are shared by every instance of the API ({@link SharedBuckets}).
 */
@Singleton
public class RateLimitFilter {

    private final TrustedProxies proxies;
    private final int publicPerMinute;
    private final int partnerPerMinute;
    private final Caller caller;
    private final SharedBuckets buckets;

    public RateLimitFilter(Caller caller,
            @ConfigProperty(name = "promise.rate-limit.public-per-minute", defaultValue = "120") int publicPerMinute,
            @ConfigProperty(name = "promise.rate-limit.partner-per-minute", defaultValue = "600")
            int partnerPerMinute, TrustedProxies proxies, SharedBuckets buckets) {
        this.caller = caller;
        this.buckets = buckets;
        this.proxies = proxies;
        this.publicPerMinute = publicPerMinute;
        this.partnerPerMinute = partnerPerMinute;
    }

    @ServerRequestFilter
    public void limit(HttpServerRequest request) {
        String key;
        int perMinute;
        if (!caller.isSignedIn()) {
            key = "address:" + proxies.clientAddress(request);
            perMinute = publicPerMinute;
        } else if (caller.hasRole(Role.PARTNER)) {
            key = "partner:" + caller.name();
            perMinute = partnerPerMinute;
        } else {
            return;
        }
        long wait = buckets.take(key, perMinute);
        if (wait > 0) {
            throw ApiException.tooManyRequests(wait);
        }
    }
}
