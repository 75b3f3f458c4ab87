package org.promise.minutes;

/** A resolution, by the meeting and agenda item it was made at and its number there. */
public record ResolutionRef(long id, MeetingRef meeting, int agendaItemNumber, Integer number) {
}
