package org.promise.report;

import org.promise.common.wire.WireValue;

/** Exempt papers (Local Government Act 1972, Schedule 12A) stay within their authority. */
public enum Visibility implements WireValue {
    PUBLIC("public"),
    EXEMPT("exempt");

    private final String wire;

    Visibility(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends org.promise.common.wire.WireValueConverter<Visibility> {
        public Converter() {
            super(Visibility.class);
        }
    }
}
