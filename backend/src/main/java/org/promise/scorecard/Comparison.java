package org.promise.scorecard;

import java.util.Set;
import org.promise.common.wire.WireValue;
import org.promise.indicator.Polarity;
import org.promise.indicator.Unit;

/** How a local figure compares with England, the region, the statistical neighbours or the adoption agency. */
public enum Comparison implements WireValue {
    BETTER, WORSE, SIMILAR, NONE;

    /**
     * The comparators whose area contains the authority: England, its region and the adoption agency it is a member
     * of. The statistical neighbours are authorities like it, not a whole it is part of.
     */
    static final Set<String> WHOLES = Set.of("england", "region", "regional-adoption-agency");

    /**
     * Similar within the same margin as a stable direction of travel; better or worse by polarity. A count is a
     * size, so it is not rated against a whole that contains the authority (Walsall's 41 children placed is not
     * "worse" than the agency's 91, which includes them).
     */
    public static Comparison of(Measure measure, String comparatorKind, Reading local, Reading comparator) {
        if (local == null || comparator == null || !local.hasNumber() || !comparator.hasNumber()
                || measure.polarity() == Polarity.CONTEXTUAL
                || measure.unit() == Unit.COUNT && WHOLES.contains(comparatorKind)) {
            return NONE;
        }
        if (!measure.isMaterialChange(comparator.value(), local.value())) {
            return SIMILAR;
        }
        return measure.isBetter(local.value(), comparator.value()) ? BETTER : WORSE;
    }
}
