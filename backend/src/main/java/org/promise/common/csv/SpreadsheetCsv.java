package org.promise.common.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV that a spreadsheet opens as data, never as a formula (OWASP's CSV injection). Every export writes
 * through here.
 *
 * <p>A text cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be
 * run as a formula ({@code =HYPERLINK(...)} in a progress update), so it gets a leading single quote, which
 * spreadsheets take as "this is text". Numbers are told apart by their Java type, not by how their text looks: a
 * figure the API writes ({@link BigDecimal}, {@link Number}) is written as it is, so {@code -5} stays a negative
 * number, while text that merely looks like a number ({@code "-5"} typed in a comment) is quoted like any other.
 * Guessing from the text would let {@code -1+1}, {@code -2E3} or a locale's {@code -1,5} through as "numbers".
 */
public final class SpreadsheetCsv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCsv() {
    }

    /** The records in the given format (its header included), each cell made safe by {@link #cell(Object)}. */
    public static String write(CSVFormat format, Iterable<? extends List<?>> records) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<?> record : records) {
                printer.printRecord(record.stream().map(SpreadsheetCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell's text: a number as written by the API, anything else as text that cannot start a formula. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return text(value.toString());
    }

    /** Leading white space is looked past too: a spreadsheet that trims it on import would see the formula. */
    static String text(String text) {
        return startsFormula(text) || startsFormula(text.stripLeading()) ? "'" + text : text;
    }

    private static boolean startsFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }
}
