package org.promise.kpi;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.promise.value.TidyCsv;
import org.promise.value.TidyRow;

/** KPIs in DfE's tidy layout, as the values export writes it, with the period, unit, target and RAG after it. */
final class KpiCsv {

    static final String[] COLUMNS = Stream.concat(Arrays.stream(TidyRow.COLUMNS),
            Stream.of("period", "unit", "target", "rag")).toArray(String[]::new);

    private KpiCsv() {
    }

    static String write(List<KpiRow.Read> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get())) {
            for (KpiRow.Read read : rows) {
                KpiRow row = read.row();
                List<String> cells = new ArrayList<>(TidyCsv.cells(row.period(), read.areaKind(), row.area(),
                        row.areaName(), row.indicator(), row.value(), row.symbol(), row.numerator(),
                        row.denominator(), row.status()));
                cells.addAll(List.of(row.period(), row.unit().wire(), TidyCsv.plain(row.target()),
                        row.rag() == null ? "" : row.rag().wire()));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
