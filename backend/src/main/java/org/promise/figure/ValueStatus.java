package org.promise.figure;

import org.promise.common.wire.WireValue;

/** Provisional values never leave their authority; final values are published. */
public enum ValueStatus implements WireValue {
    PROVISIONAL,
    FINAL;

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<ValueStatus> {
        public Converter() {
            super(ValueStatus.class);
        }
    }
}
