package org.promise.kpi;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.promise.period.Period;
import org.promise.value.TidyPeriods;

/** KPIs in DfE's tidy layout, as the values export writes it, with the period, unit, target and RAG after it. */
final class KpiCsv {

    static final String[] COLUMNS = {"time_period", "time_identifier", "geographic_level", "new_la_code", "la_name",
        "indicator", "value", "numerator", "denominator", "status", "period", "unit", "target", "rag"};

    private KpiCsv() {
    }

    static String write(List<KpiRow.Read> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get())) {
            for (KpiRow.Read read : rows) {
                KpiRow row = read.row();
                String[] time = TidyPeriods.write(Period.parse(row.period()));
                printer.printRecord(time[0], time[1], TidyPeriods.levelOf(read.areaKind()), row.area(),
                        row.areaName(), row.indicator(),
                        row.symbol() != null ? row.symbol().wire() : plain(row.value()), plain(row.numerator()),
                        plain(row.denominator()), row.status().wire(), row.period(), row.unit().wire(),
                        plain(row.target()), row.rag() == null ? "" : row.rag().wire());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }
}
