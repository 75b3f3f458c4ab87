package org.promise.common.sql;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CopyRowTest {

    @Test
    void shouldEscapeWhatCopysTextFormatReadsSpecially() {
        StringBuilder out = new StringBuilder();
        new CopyRow(out).text("a\tb\nc\rd\\e").text(null).text("plain \u00e9 \u201cquoted\u201d");
        assertThat(out.toString(), equalTo("a\\tb\\nc\\rd\\\\e\t\\N\tplain \u00e9 \u201cquoted\u201d"));
    }

    @Test
    void shouldWriteNumbersDatesAndInstantsAsPostgreSqlReadsThem() {
        StringBuilder out = new StringBuilder();
        new CopyRow(out).number(new BigDecimal("1E+3")).number(null).date(LocalDate.of(2023, 3, 31))
                .timestamp(OffsetDateTime.of(2026, 12, 4, 21, 30, 0, 123_000_000, ZoneOffset.UTC)).id(42);
        assertThat(out.toString(), equalTo("1000\t\\N\t2023-03-31\t2026-12-04T21:30:00.123Z\t42"));
    }
}
