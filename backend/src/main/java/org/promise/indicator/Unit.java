package org.promise.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.promise.common.error.FieldError;
import org.promise.common.wire.WireValue;

/** What an indicator's number measures, and how the board papers write it. */
public enum Unit implements WireValue {
    PERCENT("percent"),
    COUNT("count"),
    DAYS("days"),
    RATE_PER_10K("rate_per_10k"),
    SCORE("score");

    private static final BigDecimal ONE_HUNDRED = new BigDecimal("100");

    private final String wire;

    Unit(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** "88%", "36", "124 days", "93.7 per 10,000", "14.2": to the indicator's decimals, no trailing zeros. */
    public String format(BigDecimal value, int decimals) {
        String number = plainNumber(value, decimals);
        return switch (this) {
            case PERCENT -> number + "%";
            case DAYS -> number + (number.equals("1") ? " day" : " days");
            case RATE_PER_10K -> number + " per 10,000";
            case COUNT, SCORE -> number;
        };
    }

    /** A difference or a tolerance: "5 points" for percentages, the unit's own words otherwise. */
    public String formatDifference(BigDecimal difference, int decimals) {
        String number = plainNumber(difference.abs(), decimals);
        return this == PERCENT ? number + (number.equals("1") ? " point" : " points") : format(difference.abs(), decimals);
    }

    /** The number alone, as the board papers write it: "1,234.5". */
    public static String plainNumber(BigDecimal value, int decimals) {
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        String text = rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
        return withThousands(text);
    }

    private static String withThousands(String text) {
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "" : digits.substring(point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + fraction;
    }

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<Unit> {
        public Converter() {
            super(Unit.class);
        }
    }

    /** The range a number of this unit can take, for values and targets alike. */
    public void checkRange(BigDecimal value, String field, List<FieldError> errors) {
        switch (this) {
            case PERCENT -> {
                if (value.signum() < 0 || value.compareTo(ONE_HUNDRED) > 0) {
                    errors.add(new FieldError(field, "range", "Enter a percentage between 0 and 100"));
                }
            }
            case COUNT -> {
                if (value.signum() < 0) {
                    errors.add(new FieldError(field, "minimum", "Enter a count of 0 or more"));
                } else if (value.stripTrailingZeros().scale() > 0) {
                    errors.add(new FieldError(field, "integer", "Enter a count as a whole number, such as 12"));
                }
            }
            case DAYS, RATE_PER_10K -> {
                if (value.signum() < 0) {
                    errors.add(new FieldError(field, "minimum", "Enter a value of 0 or more"));
                }
            }
            case SCORE -> { }
        }
    }
}
