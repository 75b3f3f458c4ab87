package org.promise.indicator;

import org.promise.common.wire.WireValue;

/** Which way is better for an indicator; contextual ones (the number in care, say) have no better way. */
public enum Polarity implements WireValue {
    HIGHER_IS_BETTER("higher_is_better"),
    LOWER_IS_BETTER("lower_is_better"),
    CONTEXTUAL("contextual");

    private final String wire;

    Polarity(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<Polarity> {
        public Converter() {
            super(Polarity.class);
        }
    }
}
