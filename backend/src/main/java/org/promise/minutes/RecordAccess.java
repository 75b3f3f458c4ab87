package org.promise.minutes;

import jakarta.enterprise.context.ApplicationScoped;
import org.promise.common.error.ApiException;
import org.promise.common.security.Caller;
import org.promise.common.security.Role;
import org.promise.common.time.Clocks;
import org.promise.meeting.MeetingFacts;
import org.promise.meeting.MeetingReads;
import org.promise.meeting.MeetingStatus;

/**
 * Who may read a resolution, and with it its minute, its actions and the reasons of the work programme changes it
 * made, for the minutes, the actions arising and the work programme: the meeting feature's rule, and the same rule
 * as a statement's condition; and who may write an item's record.
 */
@ApplicationScoped
public class RecordAccess {

    private final Caller caller;
    private final MeetingReads meetings;

    public RecordAccess(Caller caller, MeetingReads meetings) {
        this.caller = caller;
        this.meetings = meetings;
    }

    /** Whether the caller may read a resolution of the authority (the meeting feature's rule, {@link MeetingReads}). */
    public boolean mayRead(String authority, MeetingStatus meetingStatus, boolean exemptItem) {
        return meetings.mayReadResolution(authority, meetingStatus, exemptItem);
    }

    /**
     * Refuses a write to an item's record (its minute, its resolutions) unless the caller may: another authority's
     * exempt item does not exist for them (404, decision 30); another authority's item is 403; and only a meeting
     * that was held has minutes and resolutions (409 before it is held, or when it was cancelled).
     */
    public void requireWritable(MeetingFacts meeting, MeetingFacts.AgendaItem item) {
        if (item.exempt() && !caller.isInsider(meeting.authority())) {
            throw ApiException.notFound("There is no agenda item " + item.id());
        }
        caller.requireWriteAccess(meeting.authority());
        if (meeting.cancelled()) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "The meeting of " + Clocks.written(meeting.date())
                    + " was cancelled: it has no minutes and made no resolutions");
        }
        if (!meeting.held() && !meeting.minutesApproved()) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "The meeting of " + Clocks.written(meeting.date())
                    + " has not been held yet: its minutes and resolutions are recorded once it has");
        }
    }

    /**
     * The same rule as a statement's condition, on the resolution's meeting aliased {@code meeting} and its agenda
     * item aliased {@code item}.
     */
    public MinutesReads.Condition readable(String meeting, String item) {
        if (caller.hasRole(Role.ADMIN)) {
            return new MinutesReads.Condition("true", p -> {
            });
        }
        return new MinutesReads.Condition("(" + meeting + ".authority_code = any(?) or (" + meeting + ".status = '"
                + MeetingStatus.MINUTES_APPROVED.wire() + "' and not " + item + ".exempt))",
                p -> p.texts(caller.insiderAuthorities()));
    }
}
