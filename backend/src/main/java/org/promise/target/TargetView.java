package org.promise.target;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.promise.common.wire.Decimals;
import org.promise.indicator.Indicator;

public record TargetView(String indicator, String area, String period, BigDecimal value, BigDecimal tolerance,
        BigDecimal effectiveTolerance, String basis, boolean pending, String reason, long version,
        OffsetDateTime updatedAt, String updatedBy) {

    static TargetView of(Indicator indicator, Target target) {
        BigDecimal effective = target.pending ? null
                : Decimals.plain(target.facts().effectiveTolerance(indicator.unit));
        return new TargetView(target.indicatorCode, target.areaCode, target.periodCode, Decimals.plain(target.value),
                Decimals.plain(target.tolerance), effective, target.basis, target.pending, target.pendingReason,
                target.version, target.updatedAt, target.updatedBy);
    }
}
