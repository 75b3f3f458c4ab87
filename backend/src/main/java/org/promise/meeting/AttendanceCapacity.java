package org.promise.meeting;

import org.promise.common.wire.WireValue;

/** In what capacity someone attended: a substitute stands in for a member. */
public enum AttendanceCapacity implements WireValue {
    MEMBER, SUBSTITUTE, OFFICER, ADVISOR, YOUNG_PERSON, GUEST;

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<AttendanceCapacity> {
        public Converter() {
            super(AttendanceCapacity.class);
        }
    }
}
