package org.promise.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseFailuresTest {

    @ParameterizedTest
    @ValueSource(strings = {"08000", "08001", "08003", "08006", "57P01", "57P02", "57P03", "53300"})
    void aDatabaseThatCannotBeReachedIsA503WithRetryAfter(String state) {
        ApiException answer = describe(new JDBCConnectionException("could not connect",
                new SQLException("connection refused", state))).orElseThrow();
        assertEquals(ApiException.Kind.DATABASE_UNAVAILABLE, answer.kind());
        assertEquals(503, answer.kind().status);
        assertEquals(DatabaseFailures.RETRY_AFTER_SECONDS, answer.retryAfterSeconds());
    }

    @org.junit.jupiter.api.Test
    void aCommitThatFailedBecauseTheServerWentAwayIsA503() {
        RuntimeException commit = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("terminating connection due to administrator command", "57P01"));
        assertEquals(ApiException.Kind.DATABASE_UNAVAILABLE,
                describe(new IllegalStateException(commit)).orElseThrow().kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sorry, acquisition timeout!", "Acquisition timeout while waiting for new connection"})
    void aPoolThatGaveNoConnectionInTimeIsA503(String message) {
        ApiException answer = describe(new IllegalStateException(new SQLException(message))).orElseThrow();
        assertEquals(ApiException.Kind.DATABASE_UNAVAILABLE, answer.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "40001", "22001"})
    void aRefusalByAReachableDatabaseIsStillTheCallersProblem(String state) {
        ApiException answer = describe(new SQLException("refused", state)).orElseThrow();
        assertTrue(answer.kind().status < 500, state + " answered " + answer.kind().status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX000", "42P01"})
    void anyOtherFailureIsLeftToTheUnexpectedFailuresHandler(String state) {
        assertTrue(describe(new SQLException("internal", state)).isEmpty());
        assertTrue(describe(new SQLException("some other failure")).isEmpty());
    }

    private static Optional<ApiException> describe(Throwable failure) {
        return DatabaseFailures.describe(failure);
    }
}
