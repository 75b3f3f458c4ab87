package org.promise.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.promise.period.InvalidPeriodException;
import org.promise.period.Period;
import org.promise.period.PeriodKind;

/** Exports write EES's time identifiers, one time_period shape each, and imports read them back to the same period. */
class TidyPeriodsTest {

    @ParameterizedTest
    @CsvSource({
        "2022-23, financial-year, 202223, Financial year",
        "2023-24-Q1, financial-quarter, 202324, Financial year Q1",
        "AY2022-23, academic-year, 202223, Academic year",
        "2019-22, rolling-three-years, 2022, Reporting year",
        "2023-03-31, snapshot, 2023, Reporting year",
        "2023-10-01, snapshot, 2023, October",
        "2023-02-28, snapshot, 2023-02-28, Snapshot"})
    void shouldWriteEesTimeAndReadItBack(String code, String kind, String timePeriod, String identifier) {
        Period period = Period.parse(code);
        assertThat(TidyPeriods.write(period)).containsExactly(timePeriod, identifier);
        PeriodKind periodKind = org.promise.common.wire.WireValue.parse(PeriodKind.class, kind).orElseThrow();
        assertThat(TidyPeriods.read(timePeriod, identifier, periodKind)).isEqualTo(period);
    }

    @Test
    void shouldStillReadTheIdentifiersOfFilesWrittenBeforeEesTime() {
        assertThat(TidyPeriods.read("201922", "Rolling three years", PeriodKind.ROLLING_THREE_YEARS))
                .isEqualTo(Period.parse("2019-22"));
        assertThat(TidyPeriods.read("2023-02-28", "Snapshot", PeriodKind.SNAPSHOT))
                .isEqualTo(Period.parse("2023-02-28"));
    }

    @Test
    void shouldRefuseAMonthForAnIndicatorOfYears() {
        assertThatThrownBy(() -> TidyPeriods.read("2023", "October", PeriodKind.FINANCIAL_YEAR))
                .isInstanceOf(InvalidPeriodException.class).hasMessageContaining("financial-year");
        assertThatThrownBy(() -> TidyPeriods.read("202324", "October", PeriodKind.SNAPSHOT))
                .isInstanceOf(InvalidPeriodException.class).hasMessageContaining("a year such as 2023");
    }
}
