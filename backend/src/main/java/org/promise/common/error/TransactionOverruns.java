package org.promise.common.error;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request that runs past the transaction timeout has its transaction rolled back under it by the transaction
 * manager, and then fails in whatever way its next statement or its commit finds that out (a closed connection, an
 * inactive transaction, a rollback at commit). Any unexpected failure of a request that ran that long is that
 * timeout: nothing was saved, and the answer is 503 with Retry-After, never a 500.
 */
@Singleton
public class TransactionOverruns {

    private static final String STARTED = TransactionOverruns.class.getName() + ".started";
    /** Long enough for a busy machine to be quieter, short enough for someone waiting at a screen. */
    static final long RETRY_AFTER_SECONDS = 60;

    // Read when needed: filters are made at static init, before the runtime configuration is known.
    private final Provider<Duration> timeout;

    public TransactionOverruns(@ConfigProperty(name = "quarkus.transaction-manager.default-transaction-timeout",
            defaultValue = "60s") Provider<Duration> timeout) {
        this.timeout = timeout;
    }

    @ServerRequestFilter(preMatching = true)
    public void started(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    /** The problem for a request that failed after running past the transaction timeout, if it did. */
    Optional<ApiException> describe(ContainerRequestContext request) {
        if (request == null || !(request.getProperty(STARTED) instanceof Long started)) {
            return Optional.empty();
        }
        Duration limit = timeout.get();
        return overran(started, System.nanoTime(), limit) ? Optional.of(timedOut(limit)) : Optional.empty();
    }

    static boolean overran(long startedNanos, long nowNanos, Duration timeout) {
        return nowNanos - startedNanos >= timeout.toNanos();
    }

    static ApiException timedOut(Duration timeout) {
        return ApiException.unavailable("This took longer than the " + timeout.toSeconds() + " seconds the service "
                + "gives one request, and was undone: nothing was saved. Try again in a minute; if it happens again, "
                + "send less at a time (an import in smaller files)", RETRY_AFTER_SECONDS);
    }
}
