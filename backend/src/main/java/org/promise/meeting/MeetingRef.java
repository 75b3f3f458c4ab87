package org.promise.meeting;

import java.time.LocalDate;

/** A meeting, wherever something points at one. */
public record MeetingRef(long id, LocalDate date, String title, MeetingKind kind, MeetingStatus status) {

    static MeetingRef of(Meeting meeting) {
        return new MeetingRef(meeting.id, meeting.date, meeting.title, meeting.kind, meeting.status);
    }
}
