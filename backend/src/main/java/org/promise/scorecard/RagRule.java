package org.promise.scorecard;

import java.math.BigDecimal;
import org.promise.indicator.Polarity;
import org.promise.indicator.Unit;
import org.promise.target.TargetFacts;

/**
 * Red, amber or green, computed and never typed. Higher is better: green at or above the target, amber within the
 * tolerance below it, red further below; mirrored when lower is better. The tolerance is the target's
 * ({@link TargetFacts#effectiveTolerance}: by default 5 percentage points for percentages and 10% of the target
 * otherwise). Contextual indicators, missing or pending targets,
 * missing values and symbols get no colour, and the reason says why.
 */
public final class RagRule {

    private RagRule() {
    }

    public record Assessment(Rag rag, String reason, BigDecimal tolerance) {
    }

    public static Assessment assess(Measure measure, Reading reading, TargetFacts target) {
        if (measure.polarity() == Polarity.CONTEXTUAL) {
            return none("This indicator is contextual: neither higher nor lower is better, so it has no colour");
        }
        if (target == null) {
            return none("No target has been set for this period");
        }
        if (target.pending()) {
            return none("The target is pending: " + target.pendingReason());
        }
        if (reading == null || (reading.value() == null && reading.symbol() == null)) {
            return none("No value has been reported for this period");
        }
        if (reading.symbol() != null) {
            return none("The value is " + reading.symbol().meaning() + " (" + reading.symbol().wire()
                    + "), so it cannot be compared with the target");
        }
        BigDecimal tolerance = target.effectiveTolerance(measure.unit());
        BigDecimal value = reading.value();
        BigDecimal goal = target.value();
        String v = measure.format(value);
        String t = measure.format(goal);
        String band = toleranceWords(measure, tolerance, target.tolerance() == null);
        boolean higherIsBetter = measure.polarity() == Polarity.HIGHER_IS_BETTER;
        int side = value.compareTo(goal);

        if (side == 0) {
            return new Assessment(Rag.GREEN, v + " meets the target of " + t, tolerance);
        }
        if (higherIsBetter == side > 0) {
            return new Assessment(Rag.GREEN, v + (higherIsBetter ? " is above" : " is below") + " the target of "
                    + t + (higherIsBetter ? "" : ", and lower is better"), tolerance);
        }
        BigDecimal shortfall = value.subtract(goal).abs();
        String direction = higherIsBetter ? "below" : "above";
        String polarityNote = higherIsBetter ? "" : " (lower is better)";
        if (shortfall.compareTo(tolerance) <= 0) {
            return new Assessment(Rag.AMBER, v + " is " + direction + " the target of " + t + polarityNote
                    + " but within the " + band, tolerance);
        }
        return new Assessment(Rag.RED, v + " is " + direction + " the target of " + t + polarityNote
                + " by more than the " + band, tolerance);
    }

    private static String toleranceWords(Measure measure, BigDecimal tolerance, boolean isDefault) {
        if (measure.unit() == Unit.PERCENT) {
            return Unit.plainNumber(tolerance, measure.decimals()) + "-point tolerance";
        }
        return "tolerance of " + measure.unit().formatDifference(tolerance, Math.max(measure.decimals(), 1))
                + (isDefault ? " (10% of the target)" : "");
    }

    private static Assessment none(String reason) {
        return new Assessment(Rag.NONE, reason, null);
    }
}
