package org.promise.scorecard;

import java.math.BigDecimal;
import org.promise.indicator.Polarity;

/**
 * Direction of travel against the previous period of the same kind: stable when the change is under 1 percentage
 * point (percentages) or under 2% of the earlier value (everything else); otherwise improving or declining by the
 * indicator's polarity. Contextual indicators say how they moved but are given no direction.
 */
public final class DirectionRule {

    private DirectionRule() {
    }

    public record Assessment(Direction direction, String reason) {
    }

    public static Assessment assess(Measure measure, Reading current, Reading previous) {
        if (current == null || !current.hasNumber()) {
            return new Assessment(Direction.NONE, "There is no value for this period to compare");
        }
        if (previous == null || !previous.hasNumber()) {
            return new Assessment(Direction.NONE, "There is no value for the previous period to compare with");
        }
        BigDecimal now = current.value();
        BigDecimal before = previous.value();
        String movement = movement(measure, before, now);
        if (measure.polarity() == Polarity.CONTEXTUAL) {
            return new Assessment(Direction.NONE, movement + "; this indicator is contextual, so that is neither "
                    + "better nor worse");
        }
        if (!measure.isMaterialChange(before, now)) {
            return new Assessment(Direction.STABLE, movement + ", too small a change to call");
        }
        return measure.isBetter(now, before)
                ? new Assessment(Direction.IMPROVING, movement)
                : new Assessment(Direction.DECLINING, movement);
    }

    private static String movement(Measure measure, BigDecimal before, BigDecimal now) {
        int order = now.compareTo(before);
        if (order == 0) {
            return "Unchanged at " + measure.format(now);
        }
        return (order > 0 ? "Up" : "Down") + " from " + measure.format(before) + " to " + measure.format(now);
    }
}
