package org.promise.scorecard;

import java.math.BigDecimal;
import org.promise.indicator.Polarity;
import org.promise.indicator.Unit;

/** What the rules need to know about an indicator: its unit, which way is better, and its precision. */
public record Measure(Unit unit, Polarity polarity, int decimals) {

    String format(BigDecimal value) {
        return unit.format(value, decimals);
    }

    /**
     * Whether a change from one value to another is more than noise: at least 1 percentage point for
     * percentages, at least 2% of the earlier value otherwise.
     */
    boolean isMaterialChange(BigDecimal from, BigDecimal to) {
        BigDecimal change = to.subtract(from).abs();
        if (unit == Unit.PERCENT) {
            return change.compareTo(BigDecimal.ONE) >= 0;
        }
        if (from.signum() == 0) {
            return change.signum() != 0;
        }
        return change.compareTo(from.abs().multiply(new BigDecimal("0.02"))) >= 0;
    }

    /** Whether {@code candidate} is better than {@code reference} (not for contextual indicators). */
    boolean isBetter(BigDecimal candidate, BigDecimal reference) {
        int order = candidate.compareTo(reference);
        return polarity == Polarity.HIGHER_IS_BETTER ? order > 0 : order < 0;
    }
}
