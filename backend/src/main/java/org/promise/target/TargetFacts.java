package org.promise.target;

import java.math.BigDecimal;
import org.promise.indicator.Unit;

/** A target as the RAG rule sees it: a value with an optional tolerance, or pending with a reason. */
public record TargetFacts(BigDecimal value, BigDecimal tolerance, boolean pending, String pendingReason) {

    private static final BigDecimal DEFAULT_PERCENT_TOLERANCE = new BigDecimal("5");
    private static final BigDecimal DEFAULT_RELATIVE_TOLERANCE = new BigDecimal("0.10");

    public static TargetFacts of(BigDecimal value, BigDecimal tolerance) {
        return new TargetFacts(value, tolerance, false, null);
    }

    public static TargetFacts pending(String reason) {
        return new TargetFacts(null, null, true, reason);
    }

    /** The tolerance given, or by default 5 percentage points for percentages and 10% of the target otherwise. */
    public BigDecimal effectiveTolerance(Unit unit) {
        if (tolerance != null) {
            return tolerance;
        }
        return unit == Unit.PERCENT ? DEFAULT_PERCENT_TOLERANCE : value.abs().multiply(DEFAULT_RELATIVE_TOLERANCE);
    }
}
