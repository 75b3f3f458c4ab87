package org.promise.meeting;

import java.time.LocalDate;

/** What another feature (the board's record) reads of a meeting, through {@link MeetingFactsSource}. */
public record MeetingFacts(long id, String authority, long boardId, LocalDate date, MeetingStatus status, String title,
        MeetingKind kind, LocalDate agendaPublishedOn, LocalDate nextMeetingDate) {

    public boolean held() {
        return status == MeetingStatus.HELD;
    }

    public boolean minutesApproved() {
        return status == MeetingStatus.MINUTES_APPROVED;
    }

    public boolean cancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    public MeetingRef ref() {
        return new MeetingRef(id, date, title, kind, status);
    }

    /** An agenda item of a meeting, as another feature reads it. */
    public record AgendaItem(long id, long meetingId, int number, String title, String description, boolean exempt,
            Integer exemptParagraph) {

        public AgendaItemRef ref() {
            return new AgendaItemRef(id, number);
        }
    }
}
