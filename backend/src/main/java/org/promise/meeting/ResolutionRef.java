package org.promise.meeting;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A resolution, by the meeting and agenda item it was made at and its number there. The number is written out,
 * null for a single unnumbered one: a meeting's minutesApprovedBy requires it, and ResolutionRef allows null.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ResolutionRef(long id, MeetingRef meeting, int agendaItemNumber, Integer number) {
}
