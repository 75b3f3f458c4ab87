package org.promise.common.error;

import java.util.List;

/** RFC 9457 problem details: the one shape of every 4xx and 5xx answer. */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:promise:problem:";

    /** The problem of a failure found before JAX-RS runs, for {@link RoutedProblems}. */
    static Problem of(ApiException e, String instance) {
        return new Problem(TYPE_PREFIX + e.kind().slug, e.kind().title, e.kind().status, e.getMessage(), instance,
                null);
    }
}
