package org.promise.common.error;

/** One broken rule: which field (a JSON path or a parameter name), which rule, and what to do about it. */
public record FieldError(String field, String rule, String message) {
}
