package org.promise.scorecard;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Scorecards are read far more often than their figures change, so calculated ones are kept until a value, a
 * target or an indicator changes. Every change calls {@link #changed()}: the cache is emptied at once and again
 * when the change's transaction ends, so that no reader can put back a scorecard calculated from the old figures.
 * Entries also expire after a minute (see application.properties), which bounds how stale a scorecard can be
 * when figures are changed behind the API's back or by another instance.
 */
@ApplicationScoped
public class ScorecardCache {

    static final String NAME = "scorecards";

    private final Cache cache;
    private final TransactionSynchronizationRegistry transactions;

    public ScorecardCache(@CacheName(NAME) Cache cache, TransactionSynchronizationRegistry transactions) {
        this.cache = cache;
        this.transactions = transactions;
    }

    public void changed() {
        invalidate();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    invalidate();
                }
            });
        }
    }

    private void invalidate() {
        cache.invalidateAll().await().indefinitely();
    }
}
