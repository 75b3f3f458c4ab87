package org.promise.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.promise.common.error.FieldError;
import org.promise.common.time.Clocks;
import org.promise.indicator.StatisticalSymbol;
import org.promise.indicator.Unit;
import org.promise.period.Period;

/**
 * What makes a reported figure acceptable, shared by single edits and bulk imports. A number or a symbol, never
 * both; percentages between 0 and 100; counts whole and not negative; days and rates not negative; numerator and
 * denominator together. A fraction that does not give the reported value is accepted and flagged, not corrected.
 */
public final class ValueRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private ValueRules() {
    }

    public record Fraction(BigDecimal computed, String message) {
    }

    public static List<FieldError> check(Unit unit, BigDecimal value, StatisticalSymbol symbol, BigDecimal numerator,
            BigDecimal denominator) {
        List<FieldError> errors = new ArrayList<>();
        if (value != null && symbol != null) {
            errors.add(new FieldError("symbol", "exclusive",
                    "Give a value or a symbol, not both: a symbol stands instead of a number"));
        } else if (value == null && symbol == null) {
            errors.add(new FieldError("value", "required",
                    "Give a value, or a symbol (c, x, z or low) where there is no number"));
        }
        if (value != null) {
            unit.checkRange(value, "value", errors);
        }
        if ((numerator == null) != (denominator == null)) {
            errors.add(new FieldError(numerator == null ? "numerator" : "denominator", "required",
                    "Give the numerator and the denominator together, or neither"));
        }
        if (numerator != null && numerator.signum() < 0) {
            errors.add(new FieldError("numerator", "minimum", "The numerator cannot be negative"));
        }
        if (denominator != null && denominator.signum() <= 0) {
            errors.add(new FieldError("denominator", "minimum", "The denominator must be more than 0"));
        }
        if (unit == Unit.PERCENT && numerator != null && denominator != null && denominator.signum() > 0
                && numerator.compareTo(denominator) > 0) {
            errors.add(new FieldError("numerator", "maximum",
                    "For a percentage the numerator cannot be more than the denominator"));
        }
        return errors;
    }

    /**
     * A value reports what happened in a period, so the period must be over by today (targets and projections may
     * look ahead; values may not): the problem, naming {@code field}, when it is not.
     */
    public static Optional<FieldError> notEnded(Period period, LocalDate today, String field) {
        if (period.hasEndedBy(today)) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(field, "not-ended", period.code() + " has not ended yet: a value can be "
                + "given once its period has ended (" + Clocks.written(period.end()) + ")"));
    }

    /**
     * "14 of 49 is 28.6%, not 23%": when the fraction, rounded once to the indicator's decimals, is not the
     * reported figure. Rounding once matters: 79 of 102 is 77.45%, which a board paper may not print as 78%, though
     * 77.45 rounded to 77.5 and then to 78 would let it pass.
     */
    public static Optional<Fraction> mismatch(Unit unit, int decimals, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator) {
        BigDecimal scale = switch (unit) {
            case PERCENT -> HUNDRED;
            case RATE_PER_10K -> TEN_THOUSAND;
            default -> null;
        };
        if (scale == null || value == null || numerator == null || denominator == null || denominator.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal exact = numerator.multiply(scale).divide(denominator, MathContext.DECIMAL128);
        if (exact.setScale(decimals, RoundingMode.HALF_UP).compareTo(value.setScale(decimals, RoundingMode.HALF_UP)) == 0) {
            return Optional.empty();
        }
        BigDecimal shown = exact.setScale(decimals + 1, RoundingMode.HALF_UP);
        String fraction = Unit.plainNumber(numerator, 2) + " of " + Unit.plainNumber(denominator, 2);
        return Optional.of(new Fraction(shown, fraction + " is " + unit.format(shown, decimals + 1)
                + ", not " + unit.format(value, decimals)));
    }
}
