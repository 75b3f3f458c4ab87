package org.promise.value;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.promise.common.wire.Decimals;
import org.promise.disclosure.NoteScreen;
import org.promise.figure.FigureChecks;
import org.promise.figure.ValueStatus;
import org.promise.indicator.Indicator;
import org.promise.indicator.StatisticalSymbol;

public record ValueView(String indicator, String area, String period, BigDecimal value, StatisticalSymbol symbol,
        BigDecimal numerator, BigDecimal denominator, ValueStatus status, String source, String note,
        ValueRules.Fraction fractionMismatch, List<QualityFlag> flags, long version, OffsetDateTime updatedAt,
        String updatedBy, List<FigureChecks.Raised> warnings) {

    public static ValueView of(Indicator indicator, IndicatorValue value) {
        return new ValueView(value.indicatorCode, value.areaCode, value.periodCode, Decimals.plain(value.value), value.symbol,
                Decimals.plain(value.numerator), Decimals.plain(value.denominator), value.status, value.source, value.note,
                ValueRules.mismatch(indicator.unit, indicator.decimals, value.value, value.numerator, value.denominator)
                        .orElse(null),
                QualityFlag.of(indicator.unit, indicator.decimals, value.value, value.numerator, value.denominator),
                value.version, value.updatedAt, value.updatedBy, null);
    }

    /**
     * The value withheld as a small number: "c", and no number anywhere, nor a note or flag that might quote one
     * ("Reported as 14/49 (23%)").
     */
    public ValueView withheld() {
        return new ValueView(indicator, area, period, null, StatisticalSymbol.CONFIDENTIAL, null, null, status, source,
                null, null, List.of(), version, updatedAt, updatedBy, null);
    }

    /** The value as a reader outside its authority has it: its note goes when it states a small count. */
    public ValueView screened() {
        return new ValueView(indicator, area, period, value, symbol, numerator, denominator, status, source,
                NoteScreen.forOutsideReaders(note), fractionMismatch, flags, version, updatedAt, updatedBy, warnings);
    }

    /** The answer to a write: the value, and the open data-check warnings about it. */
    public ValueView withWarnings(List<FigureChecks.Raised> raised) {
        return new ValueView(indicator, area, period, value, symbol, numerator, denominator, status, source, note,
                fractionMismatch, flags, version, updatedAt, updatedBy, raised);
    }

    public record Page(List<ValueView> items) {
    }
}
