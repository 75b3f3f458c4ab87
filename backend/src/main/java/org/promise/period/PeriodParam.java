package org.promise.period;

import org.promise.common.error.ApiException;

/** Parses a period code sent in a request; an invalid one is a 400 that names the parameter. */
public final class PeriodParam {

    private PeriodParam() {
    }

    public static Period parse(String parameter, String code) {
        try {
            return Period.parse(code);
        } catch (InvalidPeriodException e) {
            throw ApiException.invalid(parameter, "period", e.getMessage());
        }
    }

    public static Period parse(String parameter, String code, PeriodKind kind) {
        try {
            return Period.parse(code, kind);
        } catch (InvalidPeriodException e) {
            throw ApiException.invalid(parameter, "period", e.getMessage());
        }
    }
}
