package org.promise.common.error;

/**
 * One broken rule: which field (a JSON path, a parameter name or, in an import, a column), which rule, and what to
 * do about it; in an import, also the row (as a spreadsheet numbers it, the header being row 1).
 */
public record FieldError(String field, String rule, String message, Integer row) {

    public FieldError(String field, String rule, String message) {
        this(field, rule, message, null);
    }

    public FieldError atRow(int line) {
        return new FieldError(field, rule, message, line);
    }
}
