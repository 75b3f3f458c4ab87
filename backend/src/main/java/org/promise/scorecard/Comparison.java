package org.promise.scorecard;

import org.promise.common.wire.WireValue;

/** How a local figure compares with England, the region or the statistical neighbours. */
public enum Comparison implements WireValue {
    BETTER, WORSE, SIMILAR, NONE;

    /** Similar within the same margin as a stable direction of travel; better or worse by polarity. */
    public static Comparison of(Measure measure, Reading local, Reading comparator) {
        if (local == null || comparator == null || !local.hasNumber() || !comparator.hasNumber()
                || measure.polarity() == org.promise.indicator.Polarity.CONTEXTUAL) {
            return NONE;
        }
        if (!measure.isMaterialChange(comparator.value(), local.value())) {
            return SIMILAR;
        }
        return measure.isBetter(local.value(), comparator.value()) ? BETTER : WORSE;
    }
}
