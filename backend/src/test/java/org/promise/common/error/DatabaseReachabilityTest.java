package org.promise.common.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class DatabaseReachabilityTest {

    private static final String TEST_DATABASE = System.getenv().getOrDefault("PROMISE_TEST_DB_URL",
            "jdbc:postgresql://localhost:5434/promise_test");
    /** Nothing listens on port 1: a connection there is refused at once. */
    private static final String NOBODY_LISTENS = "jdbc:postgresql://127.0.0.1:1/promise";

    @Test
    void aConnectionThatCouldNotBeOpenedHoldsRequestsBackUntilTheProbeConnects() throws InterruptedException {
        DatabaseReachability reachability = new DatabaseReachability(TEST_DATABASE, "promise", "promise");
        try {
            reachability.noteFailure(new SQLException("Connection refused", "08001"));
            assertTrue(reachability.isUnreachable());
            assertTrue(waitUntil(() -> !reachability.isUnreachable(), Duration.ofSeconds(5)),
                    "the probe did not find the test database reachable");
        } finally {
            reachability.stop();
        }
    }

    @Test
    void requestsStayHeldBackWhileNothingAnswers() throws InterruptedException {
        DatabaseReachability reachability = new DatabaseReachability(NOBODY_LISTENS, "promise", "promise");
        try {
            reachability.noteFailure(new SQLException("Connection refused", "08001"));
            Thread.sleep(DatabaseReachability.PROBE_EVERY.multipliedBy(4).toMillis());
            assertTrue(reachability.isUnreachable());
        } finally {
            reachability.stop();
        }
    }

    @Test
    void aBrokenOpenConnectionOrARefusedStatementHoldsNothingBack() {
        DatabaseReachability reachability = new DatabaseReachability(NOBODY_LISTENS, "promise", "promise");
        try {
            reachability.noteFailure(new SQLException("An I/O error occurred while sending to the backend", "08006"));
            reachability.noteFailure(new SQLException("terminating connection due to administrator command", "57P01"));
            reachability.noteFailure(new SQLException("duplicate key", "23505"));
            reachability.noteFailure(new IllegalStateException("not the database's"));
            assertFalse(reachability.isUnreachable());
        } finally {
            reachability.stop();
        }
    }

    private static boolean waitUntil(BooleanSupplier condition, Duration limit)
            throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
