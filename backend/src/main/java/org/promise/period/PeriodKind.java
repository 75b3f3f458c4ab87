package org.promise.period;

import org.promise.common.wire.WireValue;

/** The kinds of period board papers report on, with the shape of their codes. */
public enum PeriodKind implements WireValue {
    FINANCIAL_YEAR("2022-23"),
    FINANCIAL_QUARTER("2023-24-Q1"),
    SNAPSHOT("2023-03-31"),
    ACADEMIC_YEAR("AY2022-23"),
    ROLLING_THREE_YEARS("2019-22");

    private final String example;

    PeriodKind(String example) {
        this.example = example;
    }

    public String example() {
        return example;
    }

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<PeriodKind> {
        public Converter() {
            super(PeriodKind.class);
        }
    }
}
