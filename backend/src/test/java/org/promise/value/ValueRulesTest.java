package org.promise.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.promise.indicator.Unit;

/** A reported figure against its fraction, rounded once to the indicator's decimals; the packs' own slips among the cases. */
class ValueRulesTest {

    private static Optional<ValueRules.Fraction> check(Unit unit, int decimals, String value, String numerator,
            String denominator) {
        return ValueRules.mismatch(unit, decimals, new BigDecimal(value), new BigDecimal(numerator),
                new BigDecimal(denominator));
    }

    @ParameterizedTest(name = "{1} of {2} reported as {0}%")
    @CsvSource({
        // Walsall's pack: "78% (79 of 102)" is 77.45%, which rounds once to 77.
        "78, 79, 102, '79 of 102 is 77.5%, not 78%'",
        // Walsall's pack: "244 (37%)" of 650 is 37.54%, which rounds once to 38.
        "37, 244, 650, '244 of 650 is 37.5%, not 37%'",
        "23, 14, 49, '14 of 49 is 28.6%, not 23%'",
        "86, 45, 51, '45 of 51 is 88.2%, not 86%'",
    })
    void shouldFlagAPercentageItsFractionDoesNotRoundTo(String value, String numerator, String denominator,
            String message) {
        assertThat(check(Unit.PERCENT, 0, value, numerator, denominator)).get()
                .extracting(ValueRules.Fraction::message).isEqualTo(message);
    }

    @ParameterizedTest(name = "{1} of {2} reported as {0}%")
    @CsvSource({
        "77, 79, 102",   // 77.45 rounds to 77
        "38, 244, 650",  // 37.54 rounds to 38
        "50, 1, 2",      // exactly 50
        "33, 1, 3",      // 33.33
        "67, 2, 3",      // 66.67
        "88, 7, 8",      // 87.5 rounds half up to 88
        "77.45, 79, 102" // more decimals than the indicator prints: read at the indicator's decimals
    })
    void shouldAcceptAPercentageItsFractionRoundsTo(String value, String numerator, String denominator) {
        assertThat(check(Unit.PERCENT, 0, value, numerator, denominator)).isEmpty();
    }

    @ParameterizedTest(name = "{1} of {2}, per 10,000 to {3} decimals, reported as {0}")
    @CsvSource({"93.7, 937, 100000, 1, false", "93.8, 937, 100000, 1, true", "94, 9365, 1000000, 0, false",
        "93, 9365, 1000000, 0, true"})
    void shouldRoundARateOnceToo(String value, String numerator, String denominator, int decimals, boolean flagged) {
        assertThat(check(Unit.RATE_PER_10K, decimals, value, numerator, denominator).isPresent()).isEqualTo(flagged);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"COUNT", "DAYS", "SCORE"})
    void shouldNotCompareUnitsThatAreNotFractions(Unit unit) {
        assertThat(check(unit, 0, "5", "1", "2")).isEmpty();
    }
}
