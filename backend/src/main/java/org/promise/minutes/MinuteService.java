package org.promise.minutes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.ApiException;
import org.promise.common.persistence.ListParameters;
import org.promise.common.security.Caller;
import org.promise.common.time.Clocks;
import org.promise.meeting.MeetingFacts;
import org.promise.meeting.MeetingFactsSource;
import org.promise.meeting.ResolutionRef;

/**
 * Minutes, per agenda item and in versions: drafted, approved at a later meeting, then read-only except for a
 * correction that says why. Insiders of the meeting's authority read drafts; everyone else reads the minutes of
 * public items once they are approved.
 */
@ApplicationScoped
public class MinuteService {

    static final String AUDIT_TYPE = "minute";

    private final MeetingFactsSource meetings;
    private final MinutesReads reads;
    private final RecordAccess access;
    private final AuditService audit;
    private final Caller caller;
    private final Clock clock;

    public MinuteService(MeetingFactsSource meetings, MinutesReads reads, RecordAccess access, AuditService audit,
            Caller caller, Clock clock) {
        this.meetings = meetings;
        this.reads = reads;
        this.access = access;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingMinutes minutes(long meetingId) {
        MeetingFacts meeting = meetings.existingMeeting(meetingId);
        boolean insider = caller.isInsider(meeting.authority());
        boolean approved = meeting.minutesApproved();
        ResolutionRef approvedBy = approved ? reads.approvalOf(meetingId).orElse(null) : null;
        if (!insider && !approved) {
            return new MeetingMinutes(meeting.ref(), false, null, List.of());
        }
        List<MeetingFacts.AgendaItem> items = meetings.agendaItems(meetingId);
        List<Long> readable = items.stream().filter(item -> readable(meeting, item))
                .map(MeetingFacts.AgendaItem::id).toList();
        Map<Long, MinuteView> latest = latestMinutes(readable);
        Map<Long, List<ResolutionView>> resolutions = reads.resolutionsOfItems(readable,
                (authority, exempt) -> !exempt || caller.isInsider(authority));
        return new MeetingMinutes(meeting.ref(), approved, approvedBy, items.stream()
                .map(item -> new MeetingMinutes.Item(heading(item), latest.get(item.id()),
                        resolutions.getOrDefault(item.id(), List.of())))
                .toList());
    }

    /** Every version of an item's minute, oldest first; none for a caller who may not read them yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingMinutes.Versions versions(long agendaItemId) {
        MeetingFacts.AgendaItem item = meetings.existingAgendaItem(agendaItemId);
        MeetingFacts meeting = meetings.meeting(item.meetingId()).orElseThrow();
        if (!readable(meeting, item)) {
            return new MeetingMinutes.Versions(List.of());
        }
        return new MeetingMinutes.Versions(MinuteVersion.<MinuteVersion>list(
                "agendaItemId = ?1 order by versionNo", agendaItemId).stream().map(MinuteVersion::view).toList());
    }

    /**
     * Writes the next version of an item's minute. The meeting's row is locked first, so that two writers quoting
     * the same version queue: the second is told that the minute changed (412).
     */
    @Transactional
    public MinuteView write(long agendaItemId, String ifMatch, MinuteInput input) {
        MeetingFacts.AgendaItem item = meetings.existingAgendaItem(agendaItemId);
        MeetingFacts meeting = meetings.lockedMeeting(item.meetingId()).orElseThrow();
        access.requireWritable(meeting, item);
        Optional<MinuteVersion> latest = latest(agendaItemId);
        if (latest.isEmpty()) {
            EntityTags.requireNoneForNew(ifMatch, "minute of item " + item.number());
        } else {
            EntityTags.requireCurrent(ifMatch, latest.get().versionNo);
        }
        if (meeting.minutesApproved() && (input.correctionReason() == null || input.correctionReason().isBlank())) {
            throw ApiException.invalid("correctionReason", "required", "The minutes of "
                    + Clocks.written(meeting.date()) + " are approved: a change is a correction, and says why");
        }
        if (!meeting.minutesApproved() && input.correctionReason() != null) {
            throw ApiException.invalid("correctionReason", "not-allowed", "The minutes of "
                    + Clocks.written(meeting.date()) + " are not approved yet: a change is a draft, with no reason");
        }
        MinuteVersion version = new MinuteVersion();
        version.agendaItemId = agendaItemId;
        version.versionNo = latest.map(previous -> previous.versionNo + 1).orElse(1);
        version.minuteNumber = input.minuteNumber();
        version.text = input.text();
        version.correctionReason = input.correctionReason() == null ? null : input.correctionReason().strip();
        version.writtenBy = caller.name();
        version.writtenAt = Clocks.timestamp(clock);
        version.persistAndFlush();
        MinuteView written = version.view();
        audit.record(AUDIT_TYPE, agendaItemId, latest.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE,
                latest.map(MinuteVersion::view).orElse(null), written);
        return written;
    }

    private boolean readable(MeetingFacts meeting, MeetingFacts.AgendaItem item) {
        return access.mayRead(meeting.authority(), meeting.status(), item.exempt());
    }

    private static MinutesAgendaItem heading(MeetingFacts.AgendaItem item) {
        return new MinutesAgendaItem(item.id(), item.number(), item.title(), item.exempt(), item.exemptParagraph());
    }

    private static Optional<MinuteVersion> latest(long agendaItemId) {
        return MinuteVersion.<MinuteVersion>find("agendaItemId = ?1 order by versionNo desc", agendaItemId)
                .firstResultOptional();
    }

    private static Map<Long, MinuteView> latestMinutes(List<Long> agendaItemIds) {
        Map<Long, MinuteView> latest = new LinkedHashMap<>();
        if (!agendaItemIds.isEmpty()) {
            ListParameters.list(MinuteVersion.getSession(), MinuteVersion.class,
                    "from MinuteVersion where agendaItemId in :items order by versionNo",
                    Map.of("items", agendaItemIds))
                    .forEach(version -> latest.put(version.agendaItemId, version.view()));
        }
        return latest;
    }
}
