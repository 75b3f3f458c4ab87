package org.promise.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.promise.common.wire.SupportedYears;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({"2022, 2022-23", "2023, 2023-24", "1999, 1999-00", "2009, 2009-10", "2099, 2099-00"})
    void shouldLabelAFinancialYearAsBoardsWriteIt(int startYear, String label) {
        assertThat(Period.yearLabel(startYear)).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"2022-23, 2022-23", "2022-23-Q4, 2022-23", "AY2022-23, 2022-23", "2020-23, 2020-23",
        "2099-00, 2099-00"})
    void shouldLabelTheYearsAPeriodSpans(String code, String label) {
        assertThat(Period.parse(code).yearsLabel()).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({
        "2022-23,    financial-year,      2022-04-01, 2023-03-31, 2021-22",
        "1999-00,    financial-year,      1999-04-01, 2000-03-31, 1998-99",
        "2023-24-Q1, financial-quarter,   2023-04-01, 2023-06-30, 2022-23-Q4",
        "2023-24-Q2, financial-quarter,   2023-07-01, 2023-09-30, 2023-24-Q1",
        "2023-24-Q3, financial-quarter,   2023-10-01, 2023-12-31, 2023-24-Q2",
        "2023-24-Q4, financial-quarter,   2024-01-01, 2024-03-31, 2023-24-Q3",
        "2024-25-Q1, financial-quarter,   2024-04-01, 2024-06-30, 2023-24-Q4",
        "2023-03-31, snapshot,            2023-03-31, 2023-03-31, 2022-03-31",
        "2024-02-29, snapshot,            2024-02-29, 2024-02-29, 2023-02-28",
        "AY2022-23,  academic-year,       2022-09-01, 2023-08-31, AY2021-22",
        "2019-22,    rolling-three-years, 2019-04-01, 2022-03-31, 2018-21",
        "2098-01,    rolling-three-years, 2098-04-01, 2101-03-31, 2097-00",
    })
    void shouldReadEachKindOfCode(String code, String kind, LocalDate start, LocalDate end, String previous) {
        Period period = Period.parse(code);
        assertThat(period.kind().wire()).isEqualTo(kind);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.previous().code()).isEqualTo(previous);
        assertThat(period.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "2022", "2022-24", "2022-22", "2022/23", "22-23", "2022-23-Q5", "2022-23-Q0",
        "2022-24-Q1", "AY2022-24", "ay2022-23", "2023-02-30", "2023-13-01", "2023-3-31", "2022-23 ", " 2022-23",
        "FY2022-23", "2022-23-q1", "1899-00", "2200-01"})
    void shouldRefuseCodesThatNameNoPeriod(String code) {
        assertThatThrownBy(() -> Period.parse(code)).isInstanceOf(InvalidPeriodException.class)
                .hasMessageNotContaining("Exception");
    }

    @Test
    void shouldRefuseNull() {
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(InvalidPeriodException.class)
                .hasMessageContaining("A period is required");
    }

    @Test
    void shouldRefusePeriodsThatParseButLieOutsideTheSupportedYears() {
        for (String code : List.of("1900-01", "1989-90", "2101-02", "2199-00", "AY1989-90", "1989-90-Q4", "1989-92",
                "1989-03-31", "2101-04-01")) {
            assertThatThrownBy(() -> Period.parse(code)).as(code)
                    .isInstanceOf(InvalidPeriodException.class)
                    .hasMessageContaining("out of range");
        }
        assertThat(Period.parse("1990-91")).isEqualTo(Period.financialYear(1990));
        assertThat(Period.parse("2100-01")).isEqualTo(Period.financialYear(2100));
        assertThat(Period.parse("2100-12-31")).isEqualTo(Period.snapshot(LocalDate.of(2100, 12, 31)));
    }

    @Test
    void shouldRefuseAPeriodOfTheWrongKind() {
        assertThatThrownBy(() -> Period.parse("2023-03-31", PeriodKind.FINANCIAL_YEAR))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("'2023-03-31' is a snapshot period, but a financial-year is needed here (such as 2022-23)");
        assertThat(Period.parse("2022-23", PeriodKind.FINANCIAL_YEAR)).isEqualTo(Period.financialYear(2022));
    }

    /** Every period of every kind a request may name: the properties hold for all of them, not for examples. */
    static Stream<Period> everyPeriod() {
        List<Period> periods = new ArrayList<>();
        IntStream.rangeClosed(SupportedYears.FIRST, SupportedYears.LAST).forEach(year -> {
            periods.add(Period.financialYear(year));
            periods.add(Period.academicYear(year));
            periods.add(Period.rollingThreeYears(year));
            IntStream.rangeClosed(1, 4).forEach(q -> periods.add(Period.financialQuarter(year, q)));
            periods.add(Period.snapshot(LocalDate.of(year, 3, 31)));
            periods.add(Period.snapshot(LocalDate.of(year, 2, 28)));
        });
        return periods.stream();
    }

    @ParameterizedTest
    @MethodSource("everyPeriod")
    void shouldRoundTripAndStepBack(Period period) {
        assertThat(Period.parse(period.code())).isEqualTo(period);
        assertThat(period.start()).isBeforeOrEqualTo(period.end());
        Period previous = period.previous();
        // The scorecard reaches back three periods and forward to the year a rolling window ends: never out of range.
        assertThat(previous.previous().previous()).isLessThan(previous);
        assertThat(Period.financialYear(period.year() + 3).year()).isEqualTo(period.year() + 3);
        assertThat(previous.kind()).isEqualTo(period.kind());
        assertThat(previous).isLessThan(period);
        assertThat(previous.end()).isBefore(period.end());
        assertThat(previous.next()).isEqualTo(period);
    }

    @Test
    void shouldTileEachFinancialYearWithItsQuartersAndLeaveNoGaps() {
        for (int year = 1901; year <= 2195; year++) {
            Period financialYear = Period.financialYear(year);
            assertThat(Period.financialQuarter(year, 1).start()).isEqualTo(financialYear.start());
            assertThat(Period.financialQuarter(year, 4).end()).isEqualTo(financialYear.end());
            for (int q = 2; q <= 4; q++) {
                assertThat(Period.financialQuarter(year, q).start())
                        .isEqualTo(Period.financialQuarter(year, q - 1).end().plusDays(1));
            }
            assertThat(financialYear.previous().end().plusDays(1)).isEqualTo(financialYear.start());
            assertThat(Period.academicYear(year).previous().end().plusDays(1)).isEqualTo(Period.academicYear(year).start());
        }
    }

    @Test
    void shouldOrderByEndThenStart() {
        List<Period> sorted = Stream.of("2022-23", "2022-23-Q4", "2023-03-31", "2019-22", "2022-23-Q1", "AY2022-23")
                .map(Period::parse).sorted().toList();
        assertThat(sorted).extracting(Period::code)
                .containsExactly("2019-22", "2022-23-Q1", "2022-23", "2022-23-Q4", "2023-03-31", "AY2022-23");
    }

    @ParameterizedTest
    @CsvSource({
        "2022-23,    2023-03-31, 2023-04-01",
        "2023-24-Q1, 2023-06-30, 2023-07-01",
        "2023-24-Q2, 2023-09-30, 2023-10-01",
        "2023-24-Q3, 2023-12-31, 2024-01-01",
        "2023-24-Q4, 2024-03-31, 2024-04-01",
        "2023-03-31, 2023-03-31, 2023-04-01",
        "2024-02-29, 2024-02-29, 2024-03-01",
        "AY2022-23,  2023-08-31, 2023-09-01",
        "2019-22,    2022-03-31, 2022-04-01"})
    void shouldEndOnlyOnceItsLastDayIsPast(String code, LocalDate lastDay, LocalDate dayAfter) {
        Period period = Period.parse(code);
        assertThat(period.hasEndedBy(period.start())).as("on its first day").isFalse();
        assertThat(period.hasEndedBy(lastDay.minusDays(1))).as("the day before its last").isFalse();
        assertThat(period.hasEndedBy(lastDay)).as("on its last day").isFalse();
        assertThat(period.hasEndedBy(dayAfter)).as("the day after its last").isTrue();
        assertThat(period.hasEndedBy(dayAfter.plusYears(5))).as("years later").isTrue();
    }

    @ParameterizedTest
    @EnumSource(PeriodKind.class)
    void shouldEndTheDayAfterItsEndForEveryKind(PeriodKind kind) {
        Period period = Period.parse(kind.example());
        assertThat(period.hasEndedBy(period.end())).isFalse();
        assertThat(period.hasEndedBy(period.end().plusDays(1))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "2022-23,    2022-23",
        "2023-24-Q1, Q1 2023-24",
        "2023-03-31, at 31 March 2023",
        "2024-02-29, at 29 February 2024",
        "AY2022-23,  academic year 2022-23",
        "2019-22,    the three years 2019-22"})
    void shouldReadAsPeopleWriteIt(String code, String words) {
        assertThat(Period.parse(code).inWords()).isEqualTo(words);
    }
}
