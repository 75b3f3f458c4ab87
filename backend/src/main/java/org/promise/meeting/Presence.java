package org.promise.meeting;

import org.promise.common.wire.WireValue;

/** Whether someone on the attendance record was there. */
public enum Presence implements WireValue {
    PRESENT, APOLOGIES, ABSENT;

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<Presence> {
        public Converter() {
            super(Presence.class);
        }
    }
}
