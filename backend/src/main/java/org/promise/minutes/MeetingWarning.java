package org.promise.minutes;

/** One broken rule of access to information, in plain words; on an agenda item where one is to blame. */
public record MeetingWarning(MeetingCheckRule rule, String message, AgendaItemRef agendaItem) {
}
