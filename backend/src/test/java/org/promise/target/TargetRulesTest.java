package org.promise.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.promise.common.error.FieldError;
import org.promise.indicator.Unit;

/**
 * The rules of a target, stated once for both ways in: a body (with its pending flag) and a file (where a reason
 * makes a target pending). Each case is checked through both, so the two can no longer disagree.
 */
class TargetRulesTest {

    enum Way {
        BODY(TargetRules.Fields.BODY), FILE(TargetRules.Fields.FILE);

        final TargetRules.Fields fields;

        Way(TargetRules.Fields fields) {
            this.fields = fields;
        }

        /** A file cannot say "pending" without a reason: its reason is its pending flag. */
        List<FieldError> check(Unit unit, String value, String tolerance, boolean pending, String reason) {
            boolean isPending = this == FILE ? reason != null : pending;
            return TargetRules.check(unit, new TargetRules.Proposed(number(value), number(tolerance), isPending,
                    reason), fields);
        }

        List<String> rules(Unit unit, String value, String tolerance, boolean pending, String reason) {
            return check(unit, value, tolerance, pending, reason).stream()
                    .map(error -> (error.field().equals(fields.value()) ? "value"
                            : error.field().equals(fields.tolerance()) ? "tolerance" : "reason") + " " + error.rule())
                    .toList();
        }
    }

    private static BigDecimal number(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void shouldAcceptAValueWithOrWithoutATolerance(Way way) {
        assertThat(way.rules(Unit.PERCENT, "85", null, false, null)).isEmpty();
        assertThat(way.rules(Unit.PERCENT, "85", "3", false, null)).isEmpty();
        assertThat(way.rules(Unit.COUNT, "1200", "0", false, null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void shouldAcceptAPendingTargetWithItsReasonAlone(Way way) {
        assertThat(way.rules(Unit.PERCENT, null, null, true, "Target to be set following baseline survey")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void shouldAskForAValueOrAReason(Way way) {
        assertThat(way.rules(Unit.PERCENT, null, null, false, null)).containsExactly("value required");
        assertThat(way.rules(Unit.PERCENT, null, "3", false, null)).containsExactly("value required");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void shouldRefuseAValueOrAToleranceOnAPendingTarget(Way way) {
        assertThat(way.rules(Unit.PERCENT, "85", null, true, "Not agreed yet")).containsExactly("value not-allowed");
        assertThat(way.rules(Unit.PERCENT, null, "3", true, "Not agreed yet"))
                .containsExactly("tolerance not-allowed");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void shouldRefuseANegativeTolerance(Way way) {
        assertThat(way.rules(Unit.COUNT, "10", "-1", false, null)).containsExactly("tolerance minimum");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void shouldKeepAValueInsideItsUnitsRange(Way way) {
        assertThat(way.rules(Unit.PERCENT, "120", null, false, null)).containsExactly("value range");
        assertThat(way.rules(null, "120", null, false, null)).as("an unknown indicator has no range").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void shouldUseTheSameWordsEitherWay(Way way) {
        assertThat(way.check(Unit.PERCENT, "85", null, true, "Not agreed yet").get(0).message())
                .isEqualTo("A pending target has no value yet");
        assertThat(way.check(Unit.COUNT, "10", "-1", false, null).get(0).message())
                .isEqualTo("The tolerance cannot be negative");
    }

    @Test
    void shouldWantTheReasonOfAPendingBody() {
        assertThat(Way.BODY.rules(Unit.PERCENT, null, null, true, null)).containsExactly("reason required");
        assertThat(Way.BODY.rules(Unit.PERCENT, null, null, true, "  ")).containsExactly("reason required");
        assertThat(Way.BODY.rules(Unit.PERCENT, "85", null, false, "Agreed by the board"))
                .containsExactly("reason not-allowed");
    }
}
