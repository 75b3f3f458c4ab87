package org.promise.common.error;

import jakarta.inject.Singleton;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** While PostgreSQL cannot be reached, every request is answered 503 with Retry-After at once, never left to wait. */
@Singleton
public class UnreachableDatabaseFilter {

    private final DatabaseReachability reachability;

    public UnreachableDatabaseFilter(DatabaseReachability reachability) {
        this.reachability = reachability;
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseWhileUnreachable() {
        if (reachability.isUnreachable()) {
            throw ApiException.databaseUnavailable(DatabaseFailures.RETRY_AFTER_SECONDS);
        }
    }
}
