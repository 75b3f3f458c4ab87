package org.promise.minutes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A resolution with what it did, as the contract's Resolution shows it. */
public record ResolutionView(long id, Integer number, String text, ResolutionKind kind, Vote vote, Integer votesFor,
        Integer votesAgainst, Integer abstentions, LocalDate approvesMinutesOf, MeetingRef approvesMeeting,
        ReportRef notesReport, List<ActionArisingSummary> actions, List<WorkProgrammeMoveView> workProgrammeMoves,
        OffsetDateTime createdAt) {
}
