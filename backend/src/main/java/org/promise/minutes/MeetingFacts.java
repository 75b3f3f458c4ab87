package org.promise.minutes;

import java.time.LocalDate;

/**
 * What the record needs to know of a meeting, read from the meetings' tables ({@link MeetingFactsSource}).
 * Status and kind are spelt as the contract spells them.
 */
public record MeetingFacts(long id, String authority, long boardId, LocalDate date, String status, String title,
        String kind, LocalDate agendaPublishedOn, LocalDate nextMeetingDate) {

    static final String HELD = "held";
    static final String MINUTES_APPROVED = "minutes-approved";
    static final String CANCELLED = "cancelled";

    boolean minutesApproved() {
        return MINUTES_APPROVED.equals(status);
    }

    boolean cancelled() {
        return CANCELLED.equals(status);
    }

    MeetingRef ref() {
        return new MeetingRef(id, date, title, kind, status);
    }

    /** An agenda item of a meeting, as the record needs it. */
    public record AgendaItem(long id, long meetingId, int number, String title, String description, boolean exempt,
            Integer exemptParagraph) {

        MinutesAgendaItem heading() {
            return new MinutesAgendaItem(id, number, title, exempt, exemptParagraph);
        }
    }
}
