package org.promise.meeting;

import org.promise.common.wire.WireValue;

/** Where a meeting is; minutes-approved is set only by the resolution of a later meeting that approves them. */
public enum MeetingStatus implements WireValue {
    SCHEDULED, AGENDA_PUBLISHED, HELD, MINUTES_APPROVED, CANCELLED;

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<MeetingStatus> {
        public Converter() {
            super(MeetingStatus.class);
        }
    }
}
