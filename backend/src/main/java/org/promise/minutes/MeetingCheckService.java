package org.promise.minutes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.promise.common.security.Caller;
import org.promise.meeting.MeetingFacts;
import org.promise.meeting.MeetingFactsSource;

/**
 * The rules of access to information on one meeting. Every meeting is public and so are its warnings, except those
 * about exempt items (for the authority's insiders) and those about its resolutions before its minutes are
 * approved (which only insiders read until then).
 */
@ApplicationScoped
public class MeetingCheckService {

    private final MeetingFactsSource meetings;
    private final MinutesReads reads;
    private final Caller caller;

    public MeetingCheckService(MeetingFactsSource meetings, MinutesReads reads, Caller caller) {
        this.meetings = meetings;
        this.reads = reads;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingChecks checks(long meetingId) {
        MeetingFacts meeting = meetings.existingMeeting(meetingId);
        List<MeetingFacts.AgendaItem> items = meetings.agendaItems(meetingId);
        List<MeetingWarning> warnings = MeetingCheckRules.check(meeting, items, reads.resolutionFacts(meetingId),
                meetings.meetingsOfBoard(meeting.boardId()));
        if (caller.isInsider(meeting.authority())) {
            return new MeetingChecks(meeting.ref(), warnings);
        }
        Set<Long> exempt = items.stream().filter(MeetingFacts.AgendaItem::exempt).map(MeetingFacts.AgendaItem::id)
                .collect(Collectors.toSet());
        return new MeetingChecks(meeting.ref(), warnings.stream()
                .filter(warning -> warning.agendaItem() == null || !exempt.contains(warning.agendaItem().id()))
                .filter(warning -> warning.rule() != MeetingCheckRule.MINUTES_DATE_MISMATCH
                        || meeting.minutesApproved())
                .toList());
    }
}
