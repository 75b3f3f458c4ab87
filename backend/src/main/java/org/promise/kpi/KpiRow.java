package org.promise.kpi;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
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

    /**
     * A page, with the cursors of the pages after and before it (none at either end), and, when changes since an
     * instant are asked for, the figures withdrawn since then (on the first page only; none otherwise).
     */
    public record Page(List<KpiRow> items, int pageSize, String next, String prev, List<Withdrawn> withdrawn) {
    }

    /**
     * A figure the caller could read and can read no longer (deleted, made provisional or internal-only), when it
     * went: a copy kept by a partner drops it.
     */
    public record Withdrawn(String indicator, String area, String areaName, String period, OffsetDateTime withdrawnAt) {
    }
}
