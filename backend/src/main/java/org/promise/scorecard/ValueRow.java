package org.promise.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.promise.figure.ValueStatus;
import org.promise.indicator.StatisticalSymbol;

/** A value as the scorecard reads it: no entity, no change tracking, just the figures and the note on them. */
public record ValueRow(String indicatorCode, String areaCode, String periodCode, LocalDate periodEnd,
        BigDecimal value, StatisticalSymbol symbol, BigDecimal numerator, BigDecimal denominator, ValueStatus status,
        String note) {

    public Reading reading() {
        return new Reading(value, symbol);
    }
}
