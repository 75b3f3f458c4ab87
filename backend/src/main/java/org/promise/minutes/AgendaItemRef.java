package org.promise.minutes;

/** An agenda item by its number. */
public record AgendaItemRef(long id, int number) {
}
