package org.promise.datacheck;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A stored value as the rules read it: a number (never a symbol), its fraction if given, and where it came from. */
public record Reading(String indicator, String area, String period, LocalDate periodEnd, BigDecimal value,
        BigDecimal numerator, BigDecimal denominator, String source) {
}
