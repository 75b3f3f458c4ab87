package org.promise.target;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import org.promise.common.wire.Decimals;
import org.promise.figure.Figure;

@Entity
@Table(name = "target")
public class Target extends Figure {

    public BigDecimal value;

    public BigDecimal tolerance;

    public String basis;

    public boolean pending;

    @Column(name = "pending_reason")
    public String pendingReason;

    /** Whether the target already says this (a pending target is one with a reason). */
    public boolean holds(BigDecimal newValue, BigDecimal newTolerance, String newBasis, String newPendingReason) {
        return Decimals.sameNumber(newValue, value) && Decimals.sameNumber(newTolerance, tolerance)
                && Objects.equals(newBasis, basis) && (newPendingReason != null) == pending
                && Objects.equals(newPendingReason, pendingReason);
    }

    public void set(BigDecimal newValue, BigDecimal newTolerance, String newBasis, String newPendingReason) {
        value = newValue;
        tolerance = newTolerance;
        basis = newBasis;
        pending = newPendingReason != null;
        pendingReason = newPendingReason;
    }

    public TargetFacts facts() {
        return new TargetFacts(value, tolerance, pending, pendingReason);
    }
}
