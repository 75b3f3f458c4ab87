package org.promise.kpi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.promise.area.Area;
import org.promise.common.csv.SpreadsheetCsv;
import org.promise.figure.EesGeography;
import org.promise.figure.TidyCsv;
import org.promise.figure.TidyRow;
import org.promise.indicator.StatisticalSymbol;
import org.promise.value.QualityFlag;

/**
 * KPIs in DfE's tidy layout, as the values export writes it, with the period, unit, target and RAG after it, then
 * the figure's footnotes.
 */
final class KpiCsv {

    static final String[] COLUMNS = Stream.concat(Arrays.stream(TidyRow.COLUMNS),
            Stream.concat(Stream.of("period", "unit", "target", "rag"), Arrays.stream(TidyRow.FOOTNOTE_COLUMNS)))
            .toArray(String[]::new);

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get();

    private KpiCsv() {
    }

    /** A figure's status in the CSV when it was withdrawn since the instant asked for (decision 48). */
    static final String WITHDRAWN = "withdrawn";

    /**
     * The page's rows, then its withdrawn figures as rows of their own: their key, status {@code withdrawn}, no number ("x"),
     * and when they went in the note, so that one file keeps a copy in step and a spreadsheet filter drops them. Each
     * area is named by EES's geography columns as {@code areas} describe it.
     */
    static String write(KpiRow.Page page, Map<String, Area> areas) {
        List<KpiRow.Withdrawn> withdrawn = page.withdrawn() == null ? List.of() : page.withdrawn();
        return SpreadsheetCsv.write(FORMAT, Stream.concat(page.items().stream().map(row -> cells(row, areas)),
                withdrawn.stream().map(gone -> cells(gone, areas))).toList());
    }

    static List<Object> cells(KpiRow.Withdrawn gone, Map<String, Area> areas) {
        List<Object> cells = new ArrayList<>(TidyCsv.cells(gone.period(), EesGeography.of(areas.get(gone.area()),
                areas), gone.indicator(), null, StatisticalSymbol.NOT_AVAILABLE, null, null, WITHDRAWN));
        cells.addAll(Arrays.asList(gone.period(), TidyCsv.NONE, StatisticalSymbol.NOT_AVAILABLE.wire(), TidyCsv.NONE));
        cells.addAll(TidyCsv.footnotes("Withdrawn " + gone.withdrawnAt().toInstant(), List.of()));
        return cells;
    }

    /** One row's cells under {@link #COLUMNS}. */
    static List<Object> cells(KpiRow row, Map<String, Area> areas) {
        List<Object> cells = new ArrayList<>(TidyCsv.cells(row.period(),
                EesGeography.of(areas.get(row.area()), areas), row.indicator(), row.value(), row.symbol(),
                row.numerator(), row.denominator(), row.status()));
        // No blank cells (EES): a figure without a target has "x" as its target and "None" as its RAG.
        cells.addAll(Arrays.asList(row.period(), row.unit().wire(),
                row.target() != null ? row.target() : StatisticalSymbol.NOT_AVAILABLE.wire(),
                row.rag() == null ? TidyCsv.NONE : row.rag().wire()));
        cells.addAll(TidyCsv.footnotes(row.note(), QualityFlag.messages(row.flags())));
        return cells;
    }
}
