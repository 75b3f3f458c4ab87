package org.promise.minutes;

import org.promise.common.wire.WireValue;

/** The rules of access to information that a meeting's checks apply (docs/decisions.md, 31). */
public enum MeetingCheckRule implements WireValue {
    AGENDA_PUBLISHED_LATE,
    EXEMPT_WITHOUT_PARAGRAPH,
    EXCLUSION_RESOLUTION_MISSING,
    MINUTES_DATE_MISMATCH,
    NEXT_MEETING_IN_PAST,
    NEXT_MEETING_NOT_IN_PROGRAMME
}
