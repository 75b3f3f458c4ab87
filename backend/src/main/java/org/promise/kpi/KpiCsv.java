package org.promise.kpi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.promise.common.csv.SpreadsheetCsv;
import org.promise.figure.TidyCsv;
import org.promise.figure.TidyRow;
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

    static String write(List<KpiRow.Read> rows) {
        return SpreadsheetCsv.write(FORMAT, rows.stream().map(read -> {
            KpiRow row = read.row();
            List<Object> cells = new ArrayList<>(TidyCsv.cells(row.period(), read.areaKind(), row.area(),
                    row.areaName(), row.indicator(), row.value(), row.symbol(), row.numerator(), row.denominator(),
                    row.status()));
            cells.addAll(Arrays.asList(row.period(), row.unit().wire(), row.target(),
                    row.rag() == null ? null : row.rag().wire()));
            cells.addAll(TidyCsv.footnotes(row.note(), QualityFlag.messages(row.flags())));
            return cells;
        }).toList());
    }
}
