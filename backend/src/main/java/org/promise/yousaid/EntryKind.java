package org.promise.yousaid;

import org.promise.common.wire.WireValue;

/** The two halves of the answer to young people: what we have done, and what's next. */
public enum EntryKind implements WireValue {
    DONE,
    NEXT;

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<EntryKind> {
        public Converter() {
            super(EntryKind.class);
        }
    }
}
