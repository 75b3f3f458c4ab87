package org.promise.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** England and Wales' bank holidays as GOV.UK lists them, and clear working days between two dates. */
class WorkingDaysTest {

    private static LocalDate[] dates(String... days) {
        return java.util.Arrays.stream(days).map(LocalDate::parse).toArray(LocalDate[]::new);
    }

    @Test
    void shouldListTheBankHolidaysOf2022WithTheJubileeAndTheStateFuneral() {
        assertThat(WorkingDays.bankHolidays(2022)).containsExactly(dates("2022-01-03", "2022-04-15", "2022-04-18",
                "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"));
    }

    @Test
    void shouldListTheBankHolidaysOf2023WithTheCoronation() {
        assertThat(WorkingDays.bankHolidays(2023)).containsExactly(dates("2023-01-02", "2023-04-07", "2023-04-10",
                "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"));
    }

    @Test
    void shouldListTheBankHolidaysOf2024And2025() {
        assertThat(WorkingDays.bankHolidays(2024)).containsExactly(dates("2024-01-01", "2024-03-29", "2024-04-01",
                "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"));
        assertThat(WorkingDays.bankHolidays(2025)).containsExactly(dates("2025-01-01", "2025-04-18", "2025-04-21",
                "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"));
    }

    @Test
    void shouldMoveTheEarlyMayHolidayToVeDayIn2020AndSubstituteForAWeekendChristmas() {
        assertThat(WorkingDays.bankHolidays(2020)).containsExactly(dates("2020-01-01", "2020-04-10", "2020-04-13",
                "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"));
        assertThat(WorkingDays.bankHolidays(2021)).containsExactly(dates("2021-01-01", "2021-04-02", "2021-04-05",
                "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"));
    }

    @Test
    void shouldKeepTheEarlierJubileesAndRoyalOccasions() {
        assertThat(WorkingDays.bankHolidays(2012)).contains(dates("2012-06-04", "2012-06-05"))
                .doesNotContain(LocalDate.of(2012, 5, 28));
        assertThat(WorkingDays.bankHolidays(2002)).contains(dates("2002-06-03", "2002-06-04"))
                .doesNotContain(LocalDate.of(2002, 5, 27));
        assertThat(WorkingDays.bankHolidays(2011)).contains(LocalDate.of(2011, 4, 29));
        assertThat(WorkingDays.bankHolidays(1999)).contains(dates("1999-12-27", "1999-12-28", "1999-12-31"));
        assertThat(WorkingDays.bankHolidays(1995)).contains(LocalDate.of(1995, 5, 8))
                .doesNotContain(LocalDate.of(1995, 5, 1));
    }

    @ParameterizedTest
    @CsvSource({"1990,1990-04-15", "2000,2000-04-23", "2008,2008-03-23", "2011,2011-04-24", "2019,2019-04-21",
            "2024,2024-03-31", "2038,2038-04-25", "2100,2100-03-28"})
    void shouldComputeEaster(int year, LocalDate easter) {
        assertThat(WorkingDays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void shouldGiveEveryYearAtLeastEightBankHolidaysAllOnWeekdaysWithEasterASundayInItsWindow() {
        IntStream.rangeClosed(1990, 2100).forEach(year -> {
            LocalDate easter = WorkingDays.easterSunday(year);
            assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
            assertThat(WorkingDays.bankHolidays(year)).hasSizeGreaterThanOrEqualTo(8)
                    .allSatisfy(day -> assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
                    .allSatisfy(day -> assertThat(day.getYear()).isEqualTo(year));
            assertThat(WorkingDays.bankHolidays(year).stream().filter(day -> day.getMonth() == Month.DECEMBER))
                    .hasSizeGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void shouldTellWorkingDaysFromWeekendsAndHolidays() {
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2023, 11, 13))).isTrue();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2023, 11, 11))).isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2023, 11, 12))).isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2023, 5, 8))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        // Published the Monday before: Tuesday to Friday, four.
        "2023-11-06,2023-11-13,4",
        // The Friday before the week before: the whole week, five.
        "2023-11-03,2023-11-13,5",
        // The day before, the same day, a day after: none.
        "2023-11-12,2023-11-13,0", "2023-11-13,2023-11-13,0", "2023-11-14,2023-11-13,0",
        // Over the coronation: 2 to 5 May and 9 to 11 May; the 8th is a holiday.
        "2023-05-01,2023-05-12,7",
        // Over Christmas 2022: 28 to 30 December, 3 January; the 26th, 27th and 2nd are holidays.
        "2022-12-23,2023-01-04,4",
        // Over Easter 2024: 2 to 4 April, after Good Friday and Easter Monday.
        "2024-03-28,2024-04-05,3"})
    void shouldCountClearWorkingDaysLeavingOutBothEnds(LocalDate from, LocalDate to, int clear) {
        assertThat(WorkingDays.clearDaysBetween(from, to)).isEqualTo(clear);
    }
}
