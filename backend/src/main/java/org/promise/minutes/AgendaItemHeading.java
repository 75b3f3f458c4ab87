package org.promise.minutes;

/** An agenda item by its number and title. */
public record AgendaItemHeading(long id, int number, String title) {
}
