package org.promise.meeting;

import org.promise.common.wire.WireValue;

/** A committee meeting, or an engagement session with young people. */
public enum MeetingKind implements WireValue {
    COMMITTEE, ENGAGEMENT_SESSION;

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<MeetingKind> {
        public Converter() {
            super(MeetingKind.class);
        }
    }
}
