package org.promise.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.promise.figure.ValueStatus;
import org.promise.period.Period;

/** How a card picks its figures from an area's values in memory (ScorecardReads.AreaFigures). */
class ScorecardFiguresTest {

    private static ValueRow value(int year, ValueStatus status) {
        Period period = Period.financialYear(year);
        return new ValueRow("HLTH_ASSESS", "E08000030", period.code(), period.end(), BigDecimal.valueOf(year), null,
                null, null, status, null);
    }

    private static final List<ValueRow> VALUES = List.of(value(2019, ValueStatus.FINAL),
            value(2020, ValueStatus.PROVISIONAL), value(2021, ValueStatus.FINAL), value(2022, ValueStatus.PROVISIONAL),
            value(2023, ValueStatus.FINAL));

    private static List<String> periods(List<ValueRow> values) {
        return values.stream().map(ValueRow::periodCode).toList();
    }

    @Test
    void aReaderWhoSeesProvisionalFiguresGetsEveryValueUpToTheYear() {
        assertThat(periods(ScorecardCalculator.visibleUpTo(VALUES, Period.financialYear(2022), true)))
                .containsExactly("2019-20", "2020-21", "2021-22", "2022-23");
    }

    @Test
    void anyOtherReaderGetsTheFinalOnesOnly() {
        assertThat(periods(ScorecardCalculator.visibleUpTo(VALUES, Period.financialYear(2022), false)))
                .containsExactly("2019-20", "2021-22");
        assertThat(ScorecardCalculator.visibleUpTo(VALUES, Period.financialYear(2018), false)).isEmpty();
        assertThat(ScorecardCalculator.visibleUpTo(List.of(), Period.financialYear(2022), true)).isEmpty();
    }

    @Test
    void aComparatorShowsItsLatestFinalValueByTheYearsEnd() {
        assertThat(ScorecardCalculator.latestFinal(VALUES, Period.financialYear(2022)).periodCode())
                .isEqualTo("2021-22");
        assertThat(ScorecardCalculator.latestFinal(VALUES, Period.financialYear(2030)).periodCode())
                .isEqualTo("2023-24");
        assertThat(ScorecardCalculator.latestFinal(VALUES, Period.financialYear(2018))).isNull();
        assertThat(ScorecardCalculator.latestFinal(List.of(value(2020, ValueStatus.PROVISIONAL)),
                Period.financialYear(2020))).isNull();
    }
}
