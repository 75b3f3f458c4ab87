package org.promise.kpi;

import java.math.BigDecimal;
import java.util.List;
import org.promise.area.AreaKind;
import org.promise.disclosure.NoteScreen;
import org.promise.figure.ValueStatus;
import org.promise.indicator.StatisticalSymbol;
import org.promise.indicator.Unit;
import org.promise.scorecard.Rag;
import org.promise.value.QualityFlag;

/** One published figure as partner systems and analysts read it, with its footnotes (note and quality flags). */
public record KpiRow(String indicator, Unit unit, String area, String areaName, String period, BigDecimal value,
        StatisticalSymbol symbol, BigDecimal numerator, BigDecimal denominator, ValueStatus status,
        BigDecimal target, Rag rag, String note, List<QualityFlag> flags) {

    /**
     * The row withheld as a small number: "c", and no number anywhere (value, fraction, RAG), nor a note or flag
     * that might quote one.
     */
    KpiRow withheld() {
        return new KpiRow(indicator, unit, area, areaName, period, null, StatisticalSymbol.CONFIDENTIAL, null, null,
                status, target, null, null, List.of());
    }

    /** The row as published: its note goes when it states a small count. */
    KpiRow screened() {
        return new KpiRow(indicator, unit, area, areaName, period, value, symbol, numerator, denominator, status,
                target, rag, NoteScreen.forOutsideReaders(note), flags);
    }

    /** A row as read, with the kind of its area, which the CSV layout names. */
    record Read(KpiRow row, AreaKind areaKind) {
    }

    /** A page, with the cursors of the pages after and before it (none at either end). */
    public record Page(List<KpiRow> items, int pageSize, String next, String prev) {
    }
}
