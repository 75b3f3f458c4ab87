package org.promise.minutes;

import org.promise.common.wire.WireValue;

/** How a resolution was carried: unanimously, by a vote whose counts are recorded, or without a record of the vote. */
public enum Vote implements WireValue {
    UNANIMOUS,
    RECORDED,
    NOT_RECORDED;

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<Vote> {
        public Converter() {
            super(Vote.class);
        }
    }
}
