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

    /** The rows, each area named by EES's geography columns as {@code areas} describe it. */
    static String write(List<KpiRow> rows, Map<String, Area> areas) {
        return SpreadsheetCsv.write(FORMAT, rows.stream().map(row -> cells(row, areas)).toList());
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
