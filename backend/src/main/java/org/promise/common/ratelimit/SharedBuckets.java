package org.promise.common.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Token buckets kept in PostgreSQL (Bucket4j), so that every instance of the API takes from the same bucket: a
 * partner spread over several instances gets its limit, not the limit once per instance. Each bucket holds a minute's
 * allowance and refills continuously, as {@link TokenBucket} does. A bucket is one row, changed under a PostgreSQL
 * advisory lock of its own; a full one is forgotten ({@link ExpiredBucketSweep}), as a new one would be full anyway.
 *
 * <p>When the database cannot be asked, each instance limits by buckets of its own in memory instead: a caller may
 * then get its limit once per instance, but is never answered with a server error because of the limit. Those buckets
 * count every request the instance lets through, also while the database answers, so that a failure in the middle
 * of a burst does not grant the caller a whole new allowance.
 */
@Singleton
public class SharedBuckets {

    static final String TABLE = "rate_limit_bucket";
    private static final Logger LOG = Logger.getLogger(SharedBuckets.class);
    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(2);
    private static final long WARN_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final PostgreSQLadvisoryLockBasedProxyManager<String> buckets;
    /** Each key's buckets, found with one lookup per request. */
    private final Cache<String, Limit> limits = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(2)).maximumSize(100_000).build();
    private final AtomicLong lastWarned = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    @Inject
    public SharedBuckets(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE).idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(10)))
                .requestTimeout(STATEMENT_TIMEOUT)
                .build();
    }

    /**
     * Takes a token from {@code key}'s bucket of {@code perMinute}: 0 when the request may go ahead, else the whole
     * seconds until a token is there. The limit is part of the bucket's name, so a changed limit starts a new bucket.
     */
    public long take(String key, int perMinute) {
        String name = key + "/" + perMinute;
        Limit limit = limits.get(name, ignored -> new Limit(
                buckets.builder().withOptimization(Optimizations.batching()).build(name, () -> perMinute(perMinute)),
                new TokenBucket(perMinute, System.nanoTime())));
        // Counted before the shared bucket is asked, so that a request falling back while others are being asked
        // sees them all: if the database fails in the middle of a burst, this instance goes on from what it has let
        // through instead of granting a whole new allowance.
        limit.own().spend(System.nanoTime());
        try {
            ConsumptionProbe probe = consume(limit.shared(), name, perMinute);
            if (probe.isConsumed()) {
                return 0;
            }
            limit.own().refund();
            return Math.max(1, divideRoundingUp(probe.getNanosToWaitForRefill()));
        } catch (RuntimeException unavailable) {
            warnNowAndThen(unavailable);
            limit.own().refund();
            return limit.own().take(System.nanoTime());
        }
    }

    /**
     * A key's proxy of its row, kept so that requests of one caller arriving together are batched into one
     * transaction (Bucket4j's batching) instead of queueing one by one for the row's lock; and the instance's own
     * count of what it let through, which limits the caller while the database cannot be asked.
     */
    private record Limit(BucketProxy shared, TokenBucket own) {
    }

    private ConsumptionProbe consume(BucketProxy shared, String name, int perMinute) {
        try {
            return shared.tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException failed) {
            if (!isMissingBucket(failed)) {
                throw failed;
            }
            // Bucket4j (8.14) cannot create a row for a batch: a batch of several requests that finds none (a new
            // caller, or one whose full bucket was forgotten) fails whole, in MultiCommand.unwrap, having taken
            // nothing. Asked alone, a request creates the row.
            return buckets.builder().build(name, () -> perMinute(perMinute)).tryConsumeAndReturnRemaining(1);
        }
    }

    private static boolean isMissingBucket(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof BucketNotFoundException) {
                return true;
            }
        }
        return false;
    }

    /** Forgets up to {@code batch} buckets that have been full long enough; how many it forgot. */
    int removeExpired(int batch) {
        return buckets.removeExpired(batch);
    }

    private static BucketConfiguration perMinute(int perMinute) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }

    private static long divideRoundingUp(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }

    private void warnNowAndThen(RuntimeException unavailable) {
        long now = System.nanoTime();
        long last = lastWarned.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarned.compareAndSet(last, now)) {
            LOG.warnf("The shared rate limits cannot be read (%s); this instance limits callers by itself meanwhile",
                    unavailable.getMessage());
        }
    }
}
