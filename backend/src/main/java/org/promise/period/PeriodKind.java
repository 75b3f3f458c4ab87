package org.promise.period;

import org.promise.common.wire.WireValue;

/** The kinds of period board papers report on, with the shape of their codes. */
public enum PeriodKind implements WireValue {
    FINANCIAL_YEAR("financial-year", "2022-23"),
    FINANCIAL_QUARTER("financial-quarter", "2023-24-Q1"),
    SNAPSHOT("snapshot", "2023-03-31"),
    ACADEMIC_YEAR("academic-year", "AY2022-23"),
    ROLLING_THREE_YEARS("rolling-three-years", "2019-22");

    private final String wire;
    private final String example;

    PeriodKind(String wire, String example) {
        this.wire = wire;
        this.example = example;
    }

    @Override
    public String wire() {
        return wire;
    }

    public String example() {
        return example;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends org.promise.common.wire.WireValueConverter<PeriodKind> {
        public Converter() {
            super(PeriodKind.class);
        }
    }
}
