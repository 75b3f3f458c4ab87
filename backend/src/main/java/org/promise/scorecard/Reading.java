package org.promise.scorecard;

import java.math.BigDecimal;
import org.promise.indicator.StatisticalSymbol;

/** A reported figure: a number, or a symbol that stands instead of one, or nothing at all. */
public record Reading(BigDecimal value, StatisticalSymbol symbol) {

    public static final Reading MISSING = new Reading(null, null);

    public static Reading of(BigDecimal value) {
        return new Reading(value, null);
    }

    public boolean hasNumber() {
        return value != null && symbol == null;
    }
}
