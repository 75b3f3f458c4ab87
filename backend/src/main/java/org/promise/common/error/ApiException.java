package org.promise.common.error;

import java.util.List;

/**
 * A failure the client can act on. Each kind of problem has its own status, title and type URI; the detail says
 * what happened in this request, in plain English.
 */
public class ApiException extends RuntimeException {

    private final Kind kind;
    private final List<FieldError> errors;

    public enum Kind {
        VALIDATION(400, "validation", "The request is not valid"),
        UNAUTHORIZED(401, "unauthorized", "Sign in first"),
        FORBIDDEN(403, "forbidden", "You are not allowed to do this"),
        NOT_FOUND(404, "not-found", "Not found"),
        CONFLICT(409, "conflict", "It exists already"),
        /** A 409 that is no duplicate: the thing's state (approved, cancelled, not yet held) does not allow this. */
        NOT_NOW(409, "not-now", "Its state does not allow this"),
        PRECONDITION_FAILED(412, "stale-version", "Somebody else changed this first"),
        PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request is too large"),
        URI_TOO_LONG(414, "uri-too-long", "The address is too long"),
        PRECONDITION_REQUIRED(428, "if-match-required", "If-Match is required"),
        TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
        HEADERS_TOO_LARGE(431, "headers-too-large", "The headers are too large"),
        /** The request ran past the transaction timeout and was undone; Retry-After says when to try again. */
        TIMED_OUT(503, "timed-out", "It took too long"),
        /** 503: PostgreSQL cannot be reached (stopped, restarting, failing over); Retry-After says when to retry. */
        DATABASE_UNAVAILABLE(503, "database-unavailable", "The database cannot be reached"),
        /** 503: Keycloak, where accounts and partner clients are made, cannot be reached or refused Promise's own client. */
        KEYCLOAK_UNAVAILABLE(503, "keycloak-unavailable", "Keycloak cannot be reached");

        final int status;
        final String slug;
        final String title;

        Kind(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }
    }

    private final long retryAfterSeconds;

    private ApiException(Kind kind, String detail, List<FieldError> errors) {
        this(kind, detail, errors, 0);
    }

    private ApiException(Kind kind, String detail, List<FieldError> errors, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.kind = kind;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429, saying (in Retry-After too) how many seconds to wait. */
    public static ApiException tooManyRequests(long retryAfterSeconds) {
        return new ApiException(Kind.TOO_MANY_REQUESTS, "Too many requests: wait " + retryAfterSeconds
                + " seconds (Retry-After) and try again", List.of(), retryAfterSeconds);
    }

    /** 503: the work could not be finished in time and was undone; Retry-After says when to try again. */
    public static ApiException unavailable(String detail, long retryAfterSeconds) {
        return new ApiException(Kind.TIMED_OUT, detail, List.of(), retryAfterSeconds);
    }

    /** 503: the database cannot be reached just now; nothing was saved, and the caller may retry. */
    public static ApiException databaseUnavailable(long retryAfterSeconds) {
        return new ApiException(Kind.DATABASE_UNAVAILABLE, "The database cannot be reached or is too busy just now,"
                + " so nothing was read or saved: try again in " + retryAfterSeconds + " seconds", List.of(), retryAfterSeconds);
    }

    /** 503: the change was not made in Keycloak; the caller may retry. */
    public static ApiException keycloakUnavailable(long retryAfterSeconds) {
        return new ApiException(Kind.KEYCLOAK_UNAVAILABLE, "Keycloak, which keeps the sign-in accounts, cannot be"
                + " reached just now, so nothing was changed: try again in " + retryAfterSeconds + " seconds",
                List.of(), retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ApiException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).message()
                : "There are " + errors.size() + " problems: each is listed with its field";
        return new ApiException(Kind.VALIDATION, detail, errors);
    }

    public static ApiException invalid(String field, String rule, String message) {
        return invalid(List.of(new FieldError(field, rule, message)));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(Kind.FORBIDDEN, detail, List.of());
    }

    public static ApiException notFound(String detail) {
        return new ApiException(Kind.NOT_FOUND, detail, List.of());
    }

    public static ApiException of(Kind kind, String detail) {
        return new ApiException(kind, detail, List.of());
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
