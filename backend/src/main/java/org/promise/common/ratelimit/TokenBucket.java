package org.promise.common.ratelimit;

/**
 * A token bucket: it holds up to a minute's allowance and refills continuously, so a caller may burst up to the
 * limit and then goes at the limit's pace. Plain Java, with the clock passed in, so that it is tested without waiting.
 */
public final class TokenBucket {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final int perMinute;
    private double tokens;
    private long lastNanos;

    public TokenBucket(int perMinute, long nowNanos) {
        this.perMinute = perMinute;
        this.tokens = perMinute;
        this.lastNanos = nowNanos;
    }

    /** 0 when a request may go ahead now (and takes its token), else the whole seconds to wait for one. */
    public synchronized long take(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) * 60 / perMinute));
    }

    /**
     * Counts a request that another bucket lets through: its token is taken even if this bucket has none, so the
     * bucket owes it and refills from below zero.
     */
    public synchronized void spend(long nowNanos) {
        refill(nowNanos);
        tokens -= 1;
    }

    /** Gives back the token of a request counted by {@link #spend} that was not let through after all. */
    public synchronized void refund() {
        tokens = Math.min(perMinute, tokens + 1);
    }

    /** Requests taken together may arrive with their clocks' readings out of order; time never runs back. */
    private void refill(long nowNanos) {
        if (nowNanos > lastNanos) {
            tokens = Math.min(perMinute, tokens + (nowNanos - lastNanos) * perMinute / NANOS_PER_MINUTE);
            lastNanos = nowNanos;
        }
    }
}
