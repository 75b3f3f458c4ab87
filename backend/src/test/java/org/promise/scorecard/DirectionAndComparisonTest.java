package org.promise.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.promise.indicator.Polarity;
import org.promise.indicator.StatisticalSymbol;
import org.promise.indicator.Unit;

class DirectionAndComparisonTest {

    private static Reading r(String value) {
        return Reading.of(new BigDecimal(value));
    }

    @ParameterizedTest(name = "{0} {1}: {2} -> {3} is {4}")
    @CsvSource({
        "percent, higher_is_better, 41, 23, DECLINING",
        "percent, higher_is_better, 23, 41, IMPROVING",
        "percent, higher_is_better, 88, 88.9, STABLE",
        "percent, higher_is_better, 88, 89, IMPROVING",
        "percent, lower_is_better, 20, 19, IMPROVING",
        "percent, lower_is_better, 20, 20.5, STABLE",
        "days, lower_is_better, 460, 445, IMPROVING",
        "days, lower_is_better, 100, 101.9, STABLE",
        "days, lower_is_better, 100, 102, DECLINING",
        "count, higher_is_better, 11, 36, IMPROVING",
        "count, higher_is_better, 0, 0, STABLE",
        "count, higher_is_better, 0, 1, IMPROVING",
        "rate_per_10k, contextual, 88, 93.7, NONE",
    })
    void shouldTellTheDirectionOfTravel(String unit, String polarity, String before, String now, Direction expected) {
        Measure measure = new Measure(Unit.valueOf(unit.toUpperCase()), Polarity.valueOf(polarity.toUpperCase()), 1);
        assertThat(DirectionRule.assess(measure, r(now), r(before)).direction()).isEqualTo(expected);
    }

    @Test
    void shouldExplainTheDirection() {
        Measure staying = new Measure(Unit.PERCENT, Polarity.HIGHER_IS_BETTER, 0);
        assertThat(DirectionRule.assess(staying, r("23"), r("41")).reason()).isEqualTo("Down from 41% to 23%");
        assertThat(DirectionRule.assess(staying, r("88"), r("88")).reason())
                .isEqualTo("Unchanged at 88%, too small a change to call");
        assertThat(DirectionRule.assess(staying, r("88"), Reading.MISSING).reason())
                .isEqualTo("There is no value for the previous period to compare with");
        assertThat(DirectionRule.assess(staying, new Reading(null, StatisticalSymbol.NOT_AVAILABLE), r("41")).direction())
                .isEqualTo(Direction.NONE);
        Measure rate = new Measure(Unit.RATE_PER_10K, Polarity.CONTEXTUAL, 1);
        assertThat(DirectionRule.assess(rate, r("93.7"), r("88")).reason())
                .isEqualTo("Up from 88 per 10,000 to 93.7 per 10,000; this indicator is contextual, so that is "
                        + "neither better nor worse");
    }

    @ParameterizedTest(name = "{0}: local {1} against {2} is {3}")
    @CsvSource({
        "higher_is_better, 54, 55, WORSE",
        "higher_is_better, 54, 50, BETTER",
        "higher_is_better, 54, 54.5, SIMILAR",
        "higher_is_better, 92, 92, SIMILAR",
        "lower_is_better, 124, 199, BETTER",
        "lower_is_better, 445, 460, BETTER",
        "contextual, 93.7, 70, NONE",
    })
    void shouldCompareWithComparators(String polarity, String local, String comparator, Comparison expected) {
        Unit unit = polarity.equals("lower_is_better") ? Unit.DAYS : Unit.PERCENT;
        Measure measure = new Measure(unit, Polarity.valueOf(polarity.toUpperCase()), 0);
        for (String kind : KINDS) {
            assertThat(Comparison.of(measure, kind, r(local), r(comparator))).as(kind).isEqualTo(expected);
        }
    }

    private static final List<String> KINDS = List.of("england", "region", "statistical-neighbours",
            "regional-adoption-agency");

    /** A count is a size: against a whole that contains the authority it is neither better nor worse. */
    @ParameterizedTest(name = "count {0}: 11 against {1}")
    @CsvSource({
        "higher_is_better, england", "higher_is_better, region", "higher_is_better, regional-adoption-agency",
        "lower_is_better, england", "lower_is_better, region", "lower_is_better, regional-adoption-agency",
        "contextual, statistical-neighbours",
    })
    void shouldNotRateACountAgainstAWholeThatContainsTheAuthority(String polarity, String kind) {
        Measure measure = new Measure(Unit.COUNT, Polarity.valueOf(polarity.toUpperCase()), 0);
        for (String comparator : List.of("24", "11", "3", "82170")) {
            assertThat(Comparison.of(measure, kind, r("11"), r(comparator))).as(comparator).isEqualTo(Comparison.NONE);
        }
    }

    /** The neighbours' figure is for authorities like this one, so a count is rated against it. */
    @ParameterizedTest(name = "count {0}: 41 against the neighbours' {1} is {2}")
    @CsvSource({
        "higher_is_better, 91, WORSE",
        "higher_is_better, 30, BETTER",
        "higher_is_better, 41.5, SIMILAR",
        "lower_is_better, 91, BETTER",
        "lower_is_better, 30, WORSE",
    })
    void shouldRateACountAgainstTheNeighbours(String polarity, String comparator, Comparison expected) {
        Measure measure = new Measure(Unit.COUNT, Polarity.valueOf(polarity.toUpperCase()), 0);
        assertThat(Comparison.of(measure, "statistical-neighbours", r("41"), r(comparator))).isEqualTo(expected);
    }

    /** Every unit but a count is rated against every comparator, wholes included. */
    @ParameterizedTest
    @CsvSource({"percent", "days", "rate_per_10k", "score"})
    void shouldRateOtherUnitsAgainstWholes(String unit) {
        Measure measure = new Measure(Unit.valueOf(unit.toUpperCase()), Polarity.HIGHER_IS_BETTER, 0);
        for (String kind : KINDS) {
            assertThat(Comparison.of(measure, kind, r("41"), r("91"))).as(kind).isEqualTo(Comparison.WORSE);
        }
    }

    @Test
    void shouldNotCompareSymbolsOrGaps() {
        Measure measure = new Measure(Unit.PERCENT, Polarity.HIGHER_IS_BETTER, 0);
        for (String kind : KINDS) {
            assertThat(Comparison.of(measure, kind, r("54"), new Reading(null, StatisticalSymbol.CONFIDENTIAL)))
                    .isEqualTo(Comparison.NONE);
            assertThat(Comparison.of(measure, kind, Reading.MISSING, r("54"))).isEqualTo(Comparison.NONE);
        }
    }

    @Test
    void shouldFormatNumbersAsThePapersDo() {
        assertThat(Unit.COUNT.format(new BigDecimal("82170"), 0)).isEqualTo("82,170");
        assertThat(Unit.RATE_PER_10K.format(new BigDecimal("93.70"), 1)).isEqualTo("93.7 per 10,000");
        assertThat(Unit.PERCENT.format(new BigDecimal("28.571"), 1)).isEqualTo("28.6%");
        assertThat(Unit.DAYS.format(BigDecimal.ONE, 0)).isEqualTo("1 day");
        assertThat(Unit.PERCENT.formatDifference(new BigDecimal("-1"), 0)).isEqualTo("1 point");
        assertThat(Unit.SCORE.format(new BigDecimal("-1234.5"), 1)).isEqualTo("-1,234.5");
    }
}
