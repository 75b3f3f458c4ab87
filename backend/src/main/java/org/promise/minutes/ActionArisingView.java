package org.promise.minutes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.promise.common.sync.Tombstone;

/** An action arising as the tracker shows it. */
public record ActionArisingView(long id, String authority, String authorityName, String description, String owner,
        LocalDate dueDate, ActionArisingStatus status, boolean late, Integer daysLate, String evidence,
        LocalDate closedOn, ResolutionRef resolution, String resolutionText, MeetingRef meeting,
        AgendaItemHeading agendaItem, long version, OffsetDateTime updatedAt) {

    /** Open (or in progress), late (of those) and closed (done or dropped). */
    public record Counts(long open, long late, long closed) {
    }

    /** A page of the tracker. */
    public record Page(List<ActionArisingView> items, Counts counts, List<Tombstone> deleted, String next) {
    }
}
