package org.promise.scorecard;

import java.math.BigDecimal;
import java.util.List;
import org.promise.figure.ValueStatus;
import org.promise.indicator.Polarity;
import org.promise.indicator.Priority;
import org.promise.indicator.StatisticalSymbol;
import org.promise.indicator.Unit;
import org.promise.value.QualityFlag;
import org.promise.value.ValueRules;

public record ScorecardView(String area, String areaName, String period, List<Group> groups) {

    public record Group(Priority priority, String title, List<Row> rows) {
    }

    public record Row(String indicator, String name, String plainName, Unit unit, Polarity polarity, int decimals,
            String period, BigDecimal value, StatisticalSymbol symbol, ValueStatus status, BigDecimal numerator,
            BigDecimal denominator, ValueRules.Fraction fractionMismatch, String note, List<QualityFlag> flags,
            TargetSummary target, Rag rag,
            String ragReason, Direction direction, String directionReason, PeriodReading previous,
            List<ComparatorReading> comparators, List<PeriodReading> history) {
    }

    public record TargetSummary(BigDecimal value, BigDecimal tolerance, String basis, boolean pending,
            String reason) {
    }

    public record PeriodReading(String period, BigDecimal value, StatisticalSymbol symbol) {
    }

    public record ComparatorReading(String kind, String area, String areaName, String period, BigDecimal value,
            StatisticalSymbol symbol, Comparison comparison) {
    }
}
