package org.promise.common.error;

import java.sql.SQLException;
import java.util.Optional;

/**
 * What a refusal by PostgreSQL means for the caller, by SQLSTATE. Requests are checked before they reach the
 * database, so these are races (two callers creating the same thing at once) or a check missing in the service;
 * either way the transaction was rolled back and nothing was saved, and the answer is a 4xx, never a 500. A
 * database that cannot be reached (stopped, restarting, failing over) is a 503 with Retry-After: it will be back.
 */
final class DatabaseFailures {

    /** Long enough for PostgreSQL to restart or a replica to be promoted; short enough for a person to wait. */
    static final long RETRY_AFTER_SECONDS = 5;

    private DatabaseFailures() {
    }

    static Optional<ApiException> describe(Throwable failure) {
        SQLException sql = sqlCause(failure);
        String state = stateOf(sql);
        if (isUnreachable(state) || isPoolExhausted(sql, state)) {
            return Optional.of(ApiException.databaseUnavailable(RETRY_AFTER_SECONDS));
        }
        if (state.equals("23505")) {
            return Optional.of(ApiException.of(ApiException.Kind.CONFLICT, "It was created by somebody else at the "
                    + "same moment; nothing of yours was saved. Read it and apply your change to it"));
        }
        if (state.equals("23503")) {
            return Optional.of(ApiException.of(ApiException.Kind.CONFLICT, "Something it refers to was removed, or "
                    + "something still refers to it; nothing was saved. Read it again and retry"));
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return Optional.of(ApiException.of(ApiException.Kind.CONFLICT, "Somebody else was changing the same "
                    + "thing at the same moment; nothing of yours was saved. Read it again and retry"));
        }
        if (state.startsWith("22") || state.startsWith("23")) {
            return Optional.of(ApiException.invalid("body", "storable", "The request holds a value the database "
                    + "cannot store (" + state + "); nothing was saved"));
        }
        return Optional.empty();
    }

    /**
     * Class 08 is a connection that failed or could not be made; 57P01 to 57P03 are the server shutting down,
     * crashing or still starting; 53300 is a server with no connection left to give.
     */
    private static boolean isUnreachable(String state) {
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300");
    }

    /**
     * A connection could not be opened at all (refused, rejected, the server starting or out of slots), as opposed to
     * an open one that broke: only this makes every further request wait for the pool to fail again.
     */
    static boolean couldNotConnect(Throwable failure) {
        String state = stateOf(sqlCause(failure));
        return state.equals("08001") || state.equals("08004") || state.equals("57P03") || state.equals("53300");
    }

    /** Agroal's pool says it waited its acquisition timeout for a connection, with no SQLSTATE. */
    private static boolean isPoolExhausted(SQLException sql, String state) {
        return sql != null && state.isEmpty() && sql.getMessage() != null
                && sql.getMessage().toLowerCase().contains("acquisition timeout");
    }

    /** The SQLSTATE, or "" when there is no SQLException or it carries none. */
    private static String stateOf(SQLException sql) {
        return sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
    }

    /** The SQLException among the causes, or among what they suppressed (a failed commit keeps the driver's there). */
    private static SQLException sqlCause(Throwable failure) {
        for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (at instanceof SQLException sql) {
                return sql;
            }
            for (Throwable suppressed : at.getSuppressed()) {
                SQLException sql = sqlCause(suppressed);
                if (sql != null) {
                    return sql;
                }
            }
        }
        return null;
    }
}
