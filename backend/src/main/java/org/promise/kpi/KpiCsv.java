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

    /** A figure's status in the CSV when it was withdrawn since the instant asked for (decision 48). */
    static final String WITHDRAWN = "withdrawn";

    /**
     * The rows, then the withdrawn figures as rows of their own: their key, status {@code withdrawn}, no number, and
     * when they went in the note, so that one file keeps a copy in step and a spreadsheet filter drops them.
     */
    static String write(List<KpiRow.Read> rows, List<KpiRow.WithdrawnRead> withdrawn) {
        return SpreadsheetCsv.write(FORMAT, Stream.concat(rows.stream().map(KpiCsv::cells),
                withdrawn.stream().map(KpiCsv::cells)).toList());
    }

    private static List<Object> cells(KpiRow.WithdrawnRead read) {
        KpiRow.Withdrawn gone = read.withdrawn();
        List<Object> cells = new ArrayList<>(TidyCsv.cells(gone.period(), read.areaKind(), gone.area(),
                gone.areaName(), gone.indicator(), null, null, null, null, WITHDRAWN));
        cells.addAll(Arrays.asList(gone.period(), null, null, null));
        cells.addAll(TidyCsv.footnotes("Withdrawn " + gone.withdrawnAt().toInstant(), List.of()));
        return cells;
    }

    private static List<Object> cells(KpiRow.Read read) {
        KpiRow row = read.row();
        List<Object> cells = new ArrayList<>(TidyCsv.cells(row.period(), read.areaKind(), row.area(), row.areaName(),
                row.indicator(), row.value(), row.symbol(), row.numerator(), row.denominator(), row.status()));
        cells.addAll(Arrays.asList(row.period(), row.unit().wire(), row.target(),
                row.rag() == null ? null : row.rag().wire()));
        cells.addAll(TidyCsv.footnotes(row.note(), QualityFlag.messages(row.flags())));
        return cells;
    }
}
