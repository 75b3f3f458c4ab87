package org.promise.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TransactionOverrunsTest {

    private static final Duration MINUTE = Duration.ofSeconds(60);

    @Test
    void aFailureAfterTheTimeoutIsTheTimeoutAndOneBeforeItIsNot() {
        long started = 1_000_000_000L;
        assertThat(TransactionOverruns.overran(started, started + MINUTE.toNanos() - 1, MINUTE)).isFalse();
        assertThat(TransactionOverruns.overran(started, started + MINUTE.toNanos(), MINUTE)).isTrue();
        assertThat(TransactionOverruns.overran(started, started + MINUTE.toNanos() * 2, MINUTE)).isTrue();
    }

    @Test
    void theTimeoutIsA503ThatSaysNothingWasSavedAndWhenToRetry() {
        ApiException timedOut = TransactionOverruns.timedOut(MINUTE);
        assertThat(timedOut.kind().status).isEqualTo(503);
        assertThat(timedOut.retryAfterSeconds()).isEqualTo(TransactionOverruns.RETRY_AFTER_SECONDS);
        assertThat(timedOut.getMessage()).contains("60 seconds").contains("nothing was saved");
    }
}
