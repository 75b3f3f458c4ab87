package org.promise.common.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1:A2)", "\t=1", "\r=1", "=HYPERLINK(\"http://evil\",\"x\")",
        "-5", "-0.25", "+44 1922 650000", "-", "=", "@", "\t", "\r", " =1+1", "  @SUM(A1)", "\n=1", " \t-2+3"})
    void shouldQuoteTextThatASpreadsheetWouldRunAsAFormula(String text) {
        assertThat(SpreadsheetCsv.cell(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Walsall", "54", "0.25", "1-2", "a=b", "E08000030", "'=already text", "#1",
        "%", "(1)", "£5", "c", "low", "2024-03-31", "Care leavers: +5 since March", "\u00a0plain"})
    void shouldLeaveOtherTextAsItIs(String text) {
        assertThat(SpreadsheetCsv.cell(text)).isEqualTo(text);
    }

    @Test
    void shouldWriteNumbersTheApiWritesAsNumbersNegativeOnesIncluded() {
        assertThat(SpreadsheetCsv.cell(new BigDecimal("-5"))).isEqualTo("-5");
        assertThat(SpreadsheetCsv.cell(new BigDecimal("-0.25"))).isEqualTo("-0.25");
        assertThat(SpreadsheetCsv.cell(new BigDecimal("-1E+3"))).isEqualTo("-1000");
        assertThat(SpreadsheetCsv.cell(new BigDecimal("12.50"))).isEqualTo("12.50");
        assertThat(SpreadsheetCsv.cell(-7)).isEqualTo("-7");
        assertThat(SpreadsheetCsv.cell(-7L)).isEqualTo("-7");
        assertThat(SpreadsheetCsv.cell(2023)).isEqualTo("2023");
    }

    @Test
    void shouldWriteOtherValuesByTheirTextAndNothingForNull() {
        assertThat(SpreadsheetCsv.cell(null)).isEmpty();
        assertThat(SpreadsheetCsv.cell(true)).isEqualTo("true");
        assertThat(SpreadsheetCsv.cell(LocalDate.of(2024, 3, 31))).isEqualTo("2024-03-31");
        assertThat(SpreadsheetCsv.cell(new StringBuilder("=1"))).isEqualTo("'=1");
    }

    @Test
    void shouldWriteEveryCellOfEveryRecordSafelyAndStillBeValidCsv() throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("text", "number", "note").get();
        String csv = SpreadsheetCsv.write(format, List.of(
                Arrays.asList("=HYPERLINK(\"http://evil\",\"x\")", new BigDecimal("-5"), null),
                Arrays.asList("Walsall, West Midlands", -3, "line one\n-line two"),
                Arrays.asList("-5", new BigDecimal("-0.25"), "@mention")));

        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).toList()).containsExactly("'=HYPERLINK(\"http://evil\",\"x\")", "-5", "");
        assertThat(records.get(1).toList()).containsExactly("Walsall, West Midlands", "-3", "line one\n-line two");
        assertThat(records.get(2).toList()).containsExactly("'-5", "-0.25", "'@mention");
    }
}
