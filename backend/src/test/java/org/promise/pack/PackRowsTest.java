package org.promise.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.promise.indicator.StatisticalSymbol;
import org.promise.indicator.Unit;
import org.promise.period.Period;

class PackRowsTest {

    @Test
    void aFigureIsPrintedAsTheBoardPapersPrintIt() {
        assertThat(PackRows.display(Unit.PERCENT, 0, new BigDecimal("63.5"), null)).isEqualTo("64%");
        assertThat(PackRows.display(Unit.PERCENT, 1, new BigDecimal("63.5"), null)).isEqualTo("63.5%");
        assertThat(PackRows.display(Unit.COUNT, 0, new BigDecimal("1234"), null)).isEqualTo("1,234");
        assertThat(PackRows.display(Unit.COUNT, 0, null, StatisticalSymbol.CONFIDENTIAL)).isEqualTo("c");
        assertThat(PackRows.display(Unit.COUNT, 0, null, null)).isEqualTo(PackRows.NO_FIGURE);
    }

    @Test
    void aPeriodIsLabelledAsAYearOrAQuarterWithItsMonths() {
        assertThat(PackRows.periodLabel(Period.parse("2023-24"))).isEqualTo("2023-24");
        assertThat(PackRows.periodLabel(Period.parse("2023-24-Q1")))
                .isEqualTo("2023-24, quarter 1 (April to June 2023)");
        assertThat(PackRows.periodLabel(Period.parse("2023-24-Q4")))
                .isEqualTo("2023-24, quarter 4 (January to March 2024)");
    }
}
