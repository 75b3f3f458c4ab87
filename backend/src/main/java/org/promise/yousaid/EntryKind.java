package org.promise.yousaid;

import org.promise.common.wire.WireValue;

/** The two halves of the answer to young people: what we have done, and what's next. */
public enum EntryKind implements WireValue {
    DONE("done"),
    NEXT("next");

    private final String wire;

    EntryKind(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends org.promise.common.wire.WireValueConverter<EntryKind> {
        public Converter() {
            super(EntryKind.class);
        }
    }
}
