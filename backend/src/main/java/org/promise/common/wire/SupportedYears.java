package org.promise.common.wire;

/**
 * The years a request may name, for periods and dates alike. It lives with the wire rules, not with periods, so
 * that a date in a request body is checked without the wire knowing what a period is.
 */
public final class SupportedYears {

    public static final int FIRST = 1990;
    public static final int LAST = 2100;

    private SupportedYears() {
    }

    public static boolean contains(int year) {
        return year >= FIRST && year <= LAST;
    }
}
