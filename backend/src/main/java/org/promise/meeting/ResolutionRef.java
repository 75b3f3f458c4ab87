package org.promise.meeting;

/**
 * A resolution, by the meeting and agenda item it was made at and its number there; the number is left out for a
 * single unnumbered one, as the contract says.
 */
public record ResolutionRef(long id, MeetingRef meeting, int agendaItemNumber, Integer number) {
}
