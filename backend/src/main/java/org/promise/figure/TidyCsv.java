package org.promise.figure;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.promise.common.csv.SpreadsheetCsv;
import org.promise.common.error.ApiException;
import org.promise.indicator.StatisticalSymbol;
import org.promise.period.Period;

/** Reads and writes the tidy CSV layout of imports and exports (see {@link TidyRow#COLUMNS}). */
public final class TidyCsv {

    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();
    private static final CSVFormat HEADER_ROW = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true)
            .get();
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder()
            .setHeader(Stream.concat(Arrays.stream(TidyRow.COLUMNS), Arrays.stream(TidyRow.FOOTNOTE_COLUMNS))
                    .toArray(String[]::new))
            .setRecordSeparator("\n").get();

    private TidyCsv() {
    }

    public static List<TidyRow> read(String text) {
        return read(text, List.of(TidyRow.TIME_PERIOD, TidyRow.TIME_IDENTIFIER, TidyRow.GEOGRAPHIC_LEVEL, TidyRow.AREA,
                TidyRow.INDICATOR, TidyRow.VALUE, TidyRow.STATUS), TidyRow.COLUMNS);
    }

    /** Reads a tidy CSV whose header must hold the required columns; {@code layout} is quoted when it does not. */
    public static List<TidyRow> read(String text, List<String> required, String[] layout) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            throw ApiException.invalid("body", "required", "The file is empty: send the header row and at least one row");
        }
        checkHeader(body, layout);
        try (CSVParser parser = READ.parse(new StringReader(body))) {
            List<String> missing = required.stream()
                    .filter(column -> !parser.getHeaderMap().containsKey(column))
                    .toList();
            if (!missing.isEmpty()) {
                throw ApiException.invalid("header", "required", "The header row lacks " + String.join(", ", missing)
                        + "; the layout is " + String.join(",", layout));
            }
            Map<String, Integer> columns = parser.getHeaderMap();
            List<TidyRow> rows = new ArrayList<>();
            int line = 1;
            for (CSVRecord record : parser) {
                line++;
                rows.add(new TidyRow(line, new CsvCells(columns, record.values())));
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw unreadable();
        }
    }

    /** The CSV reader's own reason names its classes and states; a person is told what usually causes it. */
    private static ApiException unreadable() {
        return ApiException.invalid("body", "csv", "The file could not be read as CSV: check that each quote that "
                + "opens a cell also closes it, and that the file is saved as CSV (comma-separated values)");
    }

    /** Each column of the header row has a name, and no name is given twice: otherwise no cell has a sure column. */
    private static void checkHeader(String body, String[] layout) {
        List<String> names;
        try (CSVParser parser = HEADER_ROW.parse(new StringReader(body))) {
            names = parser.iterator().next().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw unreadable();
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                throw ApiException.invalid("header", "empty-column", "Column " + (i + 1) + " of the header row has no "
                        + "name" + (i == names.size() - 1 ? " (is there a comma at the end of the row?)" : "")
                        + "; the layout is " + String.join(",", layout));
            }
            if (!seen.add(name)) {
                throw ApiException.invalid("header", "duplicate-column", "The header row names " + name + " twice");
            }
        }
    }

    /** Rows of {@link #cells} and {@link #footnotes} under the tidy layout's header and its footnote columns. */
    public static String write(List<List<Object>> rows) {
        return SpreadsheetCsv.write(WRITE, rows);
    }

    /**
     * One figure's cells in the tidy layout ({@link TidyRow#COLUMNS}), for every export that writes it; figures stay
     * numbers, so that {@link SpreadsheetCsv} writes them as they are. EES allows no blank indicator cell: a figure
     * without a fraction has "x" (not available) as its numerator and denominator, and a symbol's row the symbol.
     */
    public static List<Object> cells(String period, EesGeography geography, String indicator, BigDecimal value,
            StatisticalSymbol symbol, BigDecimal numerator, BigDecimal denominator, ValueStatus status) {
        return cells(period, geography, indicator, value, symbol, numerator, denominator, status.wire());
    }

    /** The same, with the status as written: also a status that is no figure's, such as a withdrawal's. */
    public static List<Object> cells(String period, EesGeography geography, String indicator, BigDecimal value,
            StatisticalSymbol symbol, BigDecimal numerator, BigDecimal denominator, String status) {
        String[] time = TidyPeriods.write(Period.parse(period));
        String absent = (symbol != null ? symbol : StatisticalSymbol.NOT_AVAILABLE).wire();
        List<Object> cells = new ArrayList<>(Arrays.asList(time[0], time[1]));
        cells.addAll(geography.cells());
        cells.addAll(Arrays.asList(indicator, symbol != null ? symbol.wire() : value,
                numerator != null ? numerator : absent, denominator != null ? denominator : absent, status));
        return cells;
    }

    /** What a filter cell holds when it has nothing to say: EES allows no blank filter cell. */
    public static final String NONE = "None";

    /**
     * A figure's footnote cells ({@link TidyRow#FOOTNOTE_COLUMNS}): its note, and its quality flags' sentences joined
     * by "; " ({@link #NONE} for either when there is nothing).
     */
    public static List<Object> footnotes(String note, List<String> flags) {
        return Arrays.asList(note == null || note.isBlank() ? NONE : note,
                flags.isEmpty() ? NONE : String.join("; ", flags));
    }
}
