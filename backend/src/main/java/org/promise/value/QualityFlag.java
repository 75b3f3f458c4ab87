package org.promise.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.promise.indicator.Unit;

/**
 * A data-quality finding about one figure, shown beside it wherever the figure goes: the rule that found it and a
 * sentence a reader understands. Its message quotes the figures, so it is withheld with the figure.
 */
public record QualityFlag(String rule, String message) {

    /** The numerator and denominator do not give the reported value ({@link ValueRules#mismatch}). */
    public static final String FRACTION_MISMATCH = "fraction-mismatch";

    /** The flags the figure's own numbers raise; more rules join here as they are written. */
    public static List<QualityFlag> of(Unit unit, int decimals, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator) {
        return of(ValueRules.mismatch(unit, decimals, value, numerator, denominator));
    }

    /** The flags of a mismatch already found, for a caller that shows the mismatch too. */
    public static List<QualityFlag> of(Optional<ValueRules.Fraction> mismatch) {
        return mismatch.stream().map(fraction -> new QualityFlag(FRACTION_MISMATCH, fraction.message())).toList();
    }

    /** The flags' sentences, as the CSVs' `quality` column gives them. */
    public static List<String> messages(List<QualityFlag> flags) {
        return flags.stream().map(QualityFlag::message).toList();
    }
}
