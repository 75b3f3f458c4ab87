package org.promise.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.promise.indicator.Polarity;
import org.promise.indicator.StatisticalSymbol;
import org.promise.indicator.Unit;
import org.promise.target.TargetFacts;

class RagRuleTest {

    private static final Measure PERCENT_UP = new Measure(Unit.PERCENT, Polarity.HIGHER_IS_BETTER, 0);
    private static final Measure DAYS_DOWN = new Measure(Unit.DAYS, Polarity.LOWER_IS_BETTER, 0);
    private static final Measure COUNT_UP = new Measure(Unit.COUNT, Polarity.HIGHER_IS_BETTER, 0);

    private static RagRule.Assessment assess(Measure measure, String value, String target, String tolerance) {
        return RagRule.assess(measure, Reading.of(new BigDecimal(value)),
                TargetFacts.of(new BigDecimal(target), tolerance == null ? null : new BigDecimal(tolerance)));
    }

    @Test
    void shouldMatchTheWalsallPackFor2022To23() {
        assertThat(assess(PERCENT_UP, "88", "85", null))
                .isEqualTo(new RagRule.Assessment(Rag.GREEN, "88% is above the target of 85%", new BigDecimal("5")));
        assertThat(assess(PERCENT_UP, "88", "90", null).reason())
                .isEqualTo("88% is below the target of 90% but within the 5-point tolerance");
        assertThat(assess(PERCENT_UP, "88", "90", null).rag()).isEqualTo(Rag.AMBER);
        assertThat(assess(PERCENT_UP, "23", "40", null))
                .extracting(RagRule.Assessment::rag, RagRule.Assessment::reason)
                .containsExactly(Rag.RED, "23% is below the target of 40% by more than the 5-point tolerance");
        assertThat(assess(PERCENT_UP, "94", "95", null).rag()).isEqualTo(Rag.AMBER);
    }

    @ParameterizedTest(name = "higher is better: {0} against {1} with tolerance {2} is {3}")
    @CsvSource({
        "90, 90, , GREEN", "91, 90, , GREEN", "85, 90, , AMBER", "84.9, 90, , RED",
        "88, 90, 1, RED", "89, 90, 1, AMBER", "80, 90, 10, AMBER", "79, 90, 10, RED", "90, 90, 0, GREEN",
        "89.99, 90, 0, RED",
    })
    void shouldBandPercentagesWhereHigherIsBetter(String value, String target, String tolerance, Rag expected) {
        assertThat(assess(PERCENT_UP, value, target, tolerance).rag()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "lower is better: {0} days against {1} is {2}")
    @CsvSource({"124, 121, AMBER", "121, 121, GREEN", "100, 121, GREEN", "133.1, 121, AMBER", "133.2, 121, RED",
        "445, 426, AMBER", "500, 426, RED"})
    void shouldMirrorTheBandsWhereLowerIsBetter(String value, String target, Rag expected) {
        assertThat(assess(DAYS_DOWN, value, target, null).rag()).isEqualTo(expected);
    }

    @Test
    void shouldDefaultTheToleranceOfOtherUnitsToTenPercentOfTheTarget() {
        RagRule.Assessment amber = assess(COUNT_UP, "18", "20", null);
        assertThat(amber.rag()).isEqualTo(Rag.AMBER);
        assertThat(amber.tolerance()).isEqualByComparingTo("2");
        assertThat(amber.reason()).isEqualTo("18 is below the target of 20 but within the tolerance of 2 (10% of the target)");
        assertThat(assess(COUNT_UP, "17", "20", null).rag()).isEqualTo(Rag.RED);
        assertThat(assess(COUNT_UP, "36", "20", null).reason()).isEqualTo("36 is above the target of 20");
        assertThat(assess(DAYS_DOWN, "500", "426", null).reason())
                .isEqualTo("500 days is above the target of 426 days (lower is better) by more than the tolerance of "
                        + "42.6 days (10% of the target)");
        assertThat(assess(DAYS_DOWN, "100", "121", null).reason())
                .isEqualTo("100 days is below the target of 121 days, and lower is better");
    }

    @Test
    void shouldGiveNoColourAndSayWhy() {
        Measure contextual = new Measure(Unit.RATE_PER_10K, Polarity.CONTEXTUAL, 1);
        TargetFacts target = TargetFacts.of(new BigDecimal("90"), null);
        assertThat(RagRule.assess(contextual, Reading.of(BigDecimal.TEN), target))
                .extracting(RagRule.Assessment::rag, RagRule.Assessment::reason)
                .containsExactly(Rag.NONE, "This indicator is contextual: neither higher nor lower is better, so it has no colour");
        assertThat(RagRule.assess(PERCENT_UP, Reading.of(BigDecimal.TEN), null).reason())
                .isEqualTo("No target has been set for this period");
        assertThat(RagRule.assess(PERCENT_UP, Reading.of(BigDecimal.TEN),
                TargetFacts.pending("target to be set following baseline survey")).reason())
                .isEqualTo("The target is pending: target to be set following baseline survey");
        assertThat(RagRule.assess(PERCENT_UP, Reading.MISSING, target).reason())
                .isEqualTo("No value has been reported for this period");
        assertThat(RagRule.assess(PERCENT_UP, null, target).rag()).isEqualTo(Rag.NONE);
        RagRule.Assessment suppressed = RagRule.assess(PERCENT_UP, new Reading(null, StatisticalSymbol.CONFIDENTIAL), target);
        assertThat(suppressed.rag()).isEqualTo(Rag.NONE);
        assertThat(suppressed.reason()).isEqualTo("The value is confidential (c), so it cannot be compared with the target");
        assertThat(suppressed.tolerance()).isNull();
    }
}
