package org.promise.minutes;

import org.promise.meeting.AgendaItemRef;

/** One broken rule of access to information, in plain words; on an agenda item where one is to blame. */
public record MeetingWarning(MeetingCheckRule rule, String message, AgendaItemRef agendaItem) {
}
