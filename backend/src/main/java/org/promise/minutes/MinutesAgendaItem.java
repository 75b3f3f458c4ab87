package org.promise.minutes;

/** An agenda item as the minutes head it; the public read this much of an exempt item too. */
public record MinutesAgendaItem(long id, int number, String title, boolean exempt, Integer exemptParagraph) {
}
