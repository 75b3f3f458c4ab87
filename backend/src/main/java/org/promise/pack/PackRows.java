package org.promise.pack;

import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.promise.common.wire.WireValue;
import org.promise.indicator.StatisticalSymbol;
import org.promise.indicator.Unit;
import org.promise.pack.PackContent.Comparators;
import org.promise.pack.PackContent.Flagged;
import org.promise.pack.PackContent.PackIndicator;
import org.promise.pack.PackContent.TrendPoint;
import org.promise.pack.PackContent.Warning;
import org.promise.period.Period;
import org.promise.period.PeriodKind;
import org.promise.scorecard.Direction;
import org.promise.scorecard.Rag;
import org.promise.scorecard.ScorecardView;

/**
 * The scorecard's rows as a pack prints them: the same numbers, RAG ratings, reasons and directions (never worked
 * out again here), written as the board papers write them.
 */
final class PackRows {

    /** What a pack prints where there is no figure at all. */
    static final String NO_FIGURE = "-";

    private PackRows() {
    }

    /** One scorecard row, with its definition, the open warnings on its figure and the officer's commentary. */
    static PackIndicator indicator(ScorecardView.Row row, String definition, List<Warning> warnings,
            String commentary) {
        boolean hasNumber = row.value() != null && row.symbol() == null;
        ScorecardView.TargetSummary target = row.target();
        return new PackIndicator(row.indicator(), row.name(), definition, row.unit().wire(), row.polarity().wire(),
                row.period(), hasNumber ? row.value().toPlainString() : null, wire(row.symbol()),
                display(row.unit(), row.decimals(), row.value(), row.symbol()), wire(row.status()),
                target == null || target.value() == null ? null : row.unit().format(target.value(), row.decimals()),
                row.rag().wire(), row.ragReason(), row.direction().wire(), row.directionReason(),
                row.history().stream().map(reading -> new TrendPoint(reading.period(),
                        reading.value() != null && reading.symbol() == null ? reading.value().toPlainString() : null,
                        display(row.unit(), row.decimals(), reading.value(), reading.symbol()))).toList(),
                comparators(row), warnings, commentary);
    }

    /** "63.5%", "c" (a symbol stands instead of the number), or {@link #NO_FIGURE}. */
    static String display(Unit unit, int decimals, BigDecimal value, StatisticalSymbol symbol) {
        if (symbol != null) {
            return symbol.wire();
        }
        return value == null ? NO_FIGURE : unit.format(value, decimals);
    }

    private static Comparators comparators(ScorecardView.Row row) {
        Map<String, String> byKind = new java.util.HashMap<>();
        row.comparators().forEach(comparator -> byKind.put(comparator.kind(),
                display(row.unit(), row.decimals(), comparator.value(), comparator.symbol())));
        return new Comparators(byKind.get("england"), byKind.get("region"), byKind.get("statistical-neighbours"));
    }

    /** A red rating is an exception, with the scorecard's reason for it. */
    static Optional<Flagged> red(PackIndicator indicator) {
        return indicator.rag().equals(Rag.RED.wire())
                ? Optional.of(new Flagged(indicator.code(), indicator.name(), indicator.ragReason()))
                : Optional.empty();
    }

    /** So is a figure moving the wrong way, with the scorecard's reason. */
    static Optional<Flagged> declining(PackIndicator indicator) {
        return indicator.direction().equals(Direction.DECLINING.wire())
                ? Optional.of(new Flagged(indicator.code(), indicator.name(), indicator.directionReason()))
                : Optional.empty();
    }

    private static String wire(WireValue value) {
        return value == null ? null : value.wire();
    }

    /** "2023-24", or "2023-24, quarter 2 (July to September 2023)". */
    static String periodLabel(Period period) {
        if (period.kind() != PeriodKind.FINANCIAL_QUARTER) {
            return period.yearsLabel();
        }
        return period.yearsLabel() + ", quarter " + period.quarter() + " (" + month(period.start()) + " to "
                + month(period.end()) + " " + period.end().getYear() + ")";
    }

    private static String month(java.time.LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    }
}
