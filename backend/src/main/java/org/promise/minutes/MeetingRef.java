package org.promise.minutes;

import java.time.LocalDate;

/** A meeting, where something points at one. */
public record MeetingRef(long id, LocalDate date, String title, String kind, String status) {
}
