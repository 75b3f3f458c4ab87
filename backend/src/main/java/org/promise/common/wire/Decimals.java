package org.promise.common.wire;

import java.math.BigDecimal;

public final class Decimals {

    /** Figures are stored as numeric(18,4): 14 digits before the decimal point and 4 after it. */
    public static final int INTEGER_DIGITS = 14;
    public static final int FRACTION_DIGITS = 4;
    public static final String DIGITS_MESSAGE = "must have at most 14 digits before the decimal point and 4 after it";

    private Decimals() {
    }

    /** Whether the column figures are stored in holds this number exactly, neither overflowing nor rounding it. */
    public static boolean storable(BigDecimal number) {
        BigDecimal plain = plain(number);
        return plain.scale() <= FRACTION_DIGITS && plain.precision() - plain.scale() <= INTEGER_DIGITS;
    }

    /** 88.0000 from a numeric column is 88 to a reader; 93.7000 is 93.7. */
    public static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Equal as numbers (88 and 88.0000 are), or both absent. */
    public static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
