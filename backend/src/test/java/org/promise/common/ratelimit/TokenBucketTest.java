package org.promise.common.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void shouldAllowABurstUpToTheLimitThenSayHowLongToWait() {
        TokenBucket bucket = new TokenBucket(60, 0);
        for (int i = 0; i < 60; i++) {
            assertEquals(0, bucket.take(0), "request " + i);
        }
        assertEquals(1, bucket.take(0), "60 a minute: one token a second");
        assertEquals(0, bucket.take(SECOND));
        assertEquals(1, bucket.take(SECOND));
    }

    @Test
    void shouldRefillAtTheLimitsPaceAndNeverAboveIt() {
        TokenBucket bucket = new TokenBucket(6, 0);
        for (int i = 0; i < 6; i++) {
            bucket.take(0);
        }
        assertEquals(10, bucket.take(0), "6 a minute: a token every 10 seconds");
        assertEquals(5, bucket.take(5 * SECOND));
        assertEquals(0, bucket.take(10 * SECOND));
        long hourLater = 3600 * SECOND;
        for (int i = 0; i < 6; i++) {
            assertEquals(0, bucket.take(hourLater), "a quiet hour refills only to the limit");
        }
        assertEquals(10, bucket.take(hourLater));
    }

    @Test
    void shouldOweTheTokensOfRequestsLetThroughElsewhereAndRefillFromTheDebt() {
        TokenBucket bucket = new TokenBucket(6, 0);
        for (int i = 0; i < 8; i++) {
            bucket.spend(0);
        }
        assertEquals(30, bucket.take(0), "two tokens owed and one to take: 30 seconds at a token every 10");
        assertEquals(10, bucket.take(20 * SECOND), "the debt paid, a token is 10 seconds away");
        assertEquals(0, bucket.take(30 * SECOND));
    }

    @Test
    void shouldNotLetAnEarlierReadingOfTheClockTakeBackWhatTimeRefilled() {
        TokenBucket bucket = new TokenBucket(6, 0);
        for (int i = 0; i < 6; i++) {
            bucket.take(0);
        }
        assertEquals(0, bucket.take(10 * SECOND));
        assertEquals(10, bucket.take(5 * SECOND), "a request whose clock was read before the last one's");
        assertEquals(0, bucket.take(20 * SECOND), "a token every 10 seconds, counted from the latest reading");
    }

    @Test
    void shouldGiveBackASpentTokenButNeverAboveTheLimit() {
        TokenBucket bucket = new TokenBucket(6, 0);
        bucket.spend(0);
        bucket.refund();
        bucket.refund();
        for (int i = 0; i < 6; i++) {
            assertEquals(0, bucket.take(0), "request " + i);
        }
        assertEquals(10, bucket.take(0), "a refund beyond the spent token adds none");
    }
}
