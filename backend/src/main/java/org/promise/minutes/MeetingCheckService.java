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
 * about exempt items that would say more than the printed agenda (for the authority's insiders) and those about its
 * resolutions before its minutes are approved (which only insiders read until then).
 */
@ApplicationScoped
public class MeetingCheckService {

    /**
     * The checks on an exempt item that name only its number and title, which the printed agenda shows everyone:
     * they protect the public's right of access, so the public sees them.
     */
    private static final Set<MeetingCheckRule> PUBLIC_ON_EXEMPT_ITEMS = Set.of(
            MeetingCheckRule.EXEMPT_WITHOUT_PARAGRAPH, MeetingCheckRule.EXCLUSION_RESOLUTION_MISSING);

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
                .filter(warning -> warning.agendaItem() == null || !exempt.contains(warning.agendaItem().id())
                        || PUBLIC_ON_EXEMPT_ITEMS.contains(warning.rule()))
                .filter(warning -> warning.rule() != MeetingCheckRule.MINUTES_DATE_MISMATCH
                        || meeting.minutesApproved())
                .toList());
    }
}
