package org.promise.common.error;

import java.util.List;

/** RFC 9457 problem details: the one shape of every 4xx and 5xx answer. */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:promise:problem:";

    /** The problem of a failure the client can act on, wherever it was found (JAX-RS or a route filter). */
    static Problem of(ApiException e, String instance) {
        return new Problem(TYPE_PREFIX + e.kind().slug, e.kind().title, e.kind().status, e.getMessage(), instance,
                e.errors().isEmpty() ? null : e.errors());
    }
}
