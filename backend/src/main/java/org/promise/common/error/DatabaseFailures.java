package org.promise.common.error;

import java.sql.SQLException;
import java.util.Optional;

/**
 * What a refusal by PostgreSQL means for the caller, by SQLSTATE. Requests are checked before they reach the
 * database, so these are races (two callers creating the same thing at once) or a check missing in the service;
 * either way the transaction was rolled back and nothing was saved, and the answer is a 4xx, never a 500.
 */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    static Optional<ApiException> describe(Throwable failure) {
        SQLException sql = sqlCause(failure);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
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

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (at instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
