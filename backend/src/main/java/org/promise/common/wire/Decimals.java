package org.promise.common.wire;

import java.math.BigDecimal;

public final class Decimals {

    private Decimals() {
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
