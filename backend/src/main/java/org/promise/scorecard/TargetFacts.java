package org.promise.scorecard;

import java.math.BigDecimal;

/** A target as the RAG rule sees it: a value with an optional tolerance, or pending with a reason. */
public record TargetFacts(BigDecimal value, BigDecimal tolerance, boolean pending, String pendingReason) {

    public static TargetFacts of(BigDecimal value, BigDecimal tolerance) {
        return new TargetFacts(value, tolerance, false, null);
    }

    public static TargetFacts pending(String reason) {
        return new TargetFacts(null, null, true, reason);
    }
}
