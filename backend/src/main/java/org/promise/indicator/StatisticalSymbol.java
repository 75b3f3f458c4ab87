package org.promise.indicator;

import org.promise.common.wire.WireValue;

/** The GSS symbols that stand instead of a number. A symbol is never turned into 0. */
public enum StatisticalSymbol implements WireValue {
    CONFIDENTIAL("c", "confidential"),
    NOT_AVAILABLE("x", "not available"),
    NOT_APPLICABLE("z", "not applicable"),
    LOW("low", "rounds to 0 but is not 0");

    private final String wire;
    private final String meaning;

    StatisticalSymbol(String wire, String meaning) {
        this.wire = wire;
        this.meaning = meaning;
    }

    @Override
    public String wire() {
        return wire;
    }

    public String meaning() {
        return meaning;
    }

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<StatisticalSymbol> {
        public Converter() {
            super(StatisticalSymbol.class);
        }
    }
}
