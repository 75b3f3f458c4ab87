package org.promise.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueFiguresTest {

    private static Optional<DashboardView.FigureDue> assess(LocalDate dueBy, String... periods) {
        return DueFigures.assess("CLA_RATE", "Children in care", List.of(periods), dueBy);
    }

    @ParameterizedTest
    @CsvSource({
        // newest value, due by,  first missing, periods behind, state
        "2022-23,    2023-03-31, ,           0, ",
        "2022-23,    2024-03-31, ,           0, ",
        "2022-23,    2024-04-01, 2023-24,    1, due",
        "2022-23,    2025-04-01, 2023-24,    2, stale",
        "2023-24-Q4, 2024-07-01, 2024-25-Q1, 1, due",
        "2023-24-Q4, 2024-06-30, ,           0, ",
        "2023-24-Q3, 2024-07-01, 2023-24-Q4, 2, stale",
        "2023-03-31, 2024-04-01, 2024-03-31, 1, due",
        "AY2022-23,  2023-09-01, AY2023-24,  0, ",
        "AY2022-23,  2024-09-01, AY2023-24,  1, due",
        "2019-22,    2023-04-01, 2020-23,    1, due",
    })
    void shouldCountThePeriodsThatHaveEndedWithoutAValue(String newest, LocalDate dueBy, String firstMissing,
            int behind, String state) {
        Optional<DashboardView.FigureDue> due = assess(dueBy, newest);
        if (state == null) {
            assertThat(due).isEmpty();
            return;
        }
        assertThat(due).hasValueSatisfying(figure -> {
            assertThat(figure.lastPeriod()).isEqualTo(newest);
            assertThat(figure.duePeriod()).isEqualTo(firstMissing);
            assertThat(figure.periodsBehind()).isEqualTo(behind);
            assertThat(figure.state().wire()).isEqualTo(state);
        });
    }

    @Test
    void shouldReadFromTheNewestValueWhateverTheOrder() {
        assertThat(assess(LocalDate.of(2024, 4, 1), "2022-23", "2020-21", "2021-22"))
                .hasValueSatisfying(figure -> assertThat(figure.lastPeriod()).isEqualTo("2022-23"));
    }

    @Test
    void shouldCallAnIndicatorWithNoValueMissing() {
        assertThat(assess(LocalDate.of(2024, 4, 1))).hasValueSatisfying(figure -> {
            assertThat(figure.state()).isEqualTo(DueState.MISSING);
            assertThat(figure.lastPeriod()).isNull();
            assertThat(figure.duePeriod()).isNull();
        });
    }

    @Test
    void shouldStopCountingLongBeforeTheEndOfTime() {
        assertThat(assess(LocalDate.of(2099, 1, 1), "2000-01-31")).hasValueSatisfying(figure ->
                assertThat(figure.periodsBehind()).isEqualTo(DueFigures.MOST_PERIODS_COUNTED));
    }
}
