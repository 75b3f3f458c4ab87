package org.promise.common.error;

import java.util.List;

/** RFC 9457 problem details: the one shape of every 4xx and 5xx answer. */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
