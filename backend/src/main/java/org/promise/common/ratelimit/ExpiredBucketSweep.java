package org.promise.common.ratelimit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.promise.common.schedule.OnceAcrossInstances;

/**
 * Forgets the buckets of callers who have not called for long enough that their bucket is full again (a new bucket
 * would be the same), so that the table holds recent callers only. Every instance schedules it; one does it each
 * period ({@link OnceAcrossInstances}).
 */
@ApplicationScoped
public class ExpiredBucketSweep {

    static final String TASK = "rate-limit-sweep";
    private static final String EVERY = "5m";
    static final Duration PERIOD = Duration.parse("PT" + EVERY);
    private static final Logger LOG = Logger.getLogger(ExpiredBucketSweep.class);
    private static final int BATCH = 1000;

    private final SharedBuckets buckets;
    private final OnceAcrossInstances once;

    public ExpiredBucketSweep(SharedBuckets buckets, OnceAcrossInstances once) {
        this.buckets = buckets;
        this.once = once;
    }

    @Scheduled(every = EVERY, delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepOncePerPeriod() {
        if (once.claim(TASK, PERIOD)) {
            LOG.debugf("Forgot %d expired rate limit buckets", sweep());
        }
    }

    /** Forgets every expired bucket, a batch at a time; how many. */
    int sweep() {
        int forgotten = 0;
        int batch;
        do {
            batch = buckets.removeExpired(BATCH);
            forgotten += batch;
        } while (batch == BATCH);
        return forgotten;
    }
}
