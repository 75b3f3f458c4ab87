package org.promise.pack;

import org.promise.common.wire.WireValue;

/** A draft is generated from the live figures whenever it is read; a frozen pack never changes. */
public enum PackStatus implements WireValue {
    DRAFT, FROZEN;

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<PackStatus> {
        public Converter() {
            super(PackStatus.class);
        }
    }
}
