package org.promise.common.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every instance asks the same database, so two claims here stand for two instances' claims. */
@QuarkusTest
class OnceAcrossInstancesTest {

    @Inject
    OnceAcrossInstances once;

    @Test
    void shouldLetOneInstanceDoATaskInEachPeriod() throws InterruptedException {
        // Long enough that a stall of the machine does not carry the second claim into the next period.
        Duration period = Duration.ofSeconds(5);
        // Starts just after a period begins, so that both claims fall in the same one.
        Thread.sleep(period.toMillis() - System.currentTimeMillis() % period.toMillis() + 50);

        assertThat(once.claim("test-task", period)).as("the first instance").isTrue();
        assertThat(once.claim("test-task", period)).as("a second instance in the same period").isFalse();
        assertThat(once.claim("another-test-task", period)).as("another task").isTrue();

        Thread.sleep(period.toMillis());
        assertThat(once.claim("test-task", period)).as("the next period").isTrue();
    }
}
