package org.promise.minutes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;
import org.promise.common.security.Caller;
import org.promise.common.time.Clocks;
import org.promise.meeting.MeetingFacts;
import org.promise.meeting.MeetingFactsSource;
import org.promise.meeting.MeetingStatus;

/**
 * Records a resolution with everything it does, in one transaction: its actions arising, the work programme items
 * it moves and adds, and the approval of an earlier meeting's minutes. A part that is refused undoes the rest.
 */
@ApplicationScoped
public class ResolutionService {

    static final String AUDIT_TYPE = "resolution";
    static final String MEETING_AUDIT_TYPE = "meeting";

    private final MeetingFactsSource meetings;
    private final MinutesReads reads;
    private final RecordAccess access;
    private final WorkProgrammeService programme;
    private final ActionArisingService actions;
    private final AuditService audit;
    private final Caller caller;
    private final Clock clock;

    public ResolutionService(MeetingFactsSource meetings, MinutesReads reads, RecordAccess access,
            WorkProgrammeService programme, ActionArisingService actions, AuditService audit, Caller caller,
            Clock clock) {
        this.meetings = meetings;
        this.reads = reads;
        this.access = access;
        this.programme = programme;
        this.actions = actions;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** A recorded resolution and the meeting whose minutes hold it. */
    public record Recorded(long meetingId, ResolutionView resolution) {
    }

    @Transactional
    public Recorded create(long agendaItemId, ResolutionInput input) {
        MeetingFacts.AgendaItem item = meetings.existingAgendaItem(agendaItemId);
        // Locked: resolutions of one meeting are recorded one after another.
        MeetingFacts meeting = meetings.lockedMeeting(item.meetingId()).orElseThrow();
        access.requireWritable(meeting, item);
        if (meeting.minutesApproved()) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "The minutes of " + Clocks.written(meeting.date())
                    + " are approved: their resolutions are final (correct the minute instead)");
        }
        checkRules(input);
        if (input.number() != null && Resolution.count("agendaItemId = ?1 and number = ?2", agendaItemId,
                input.number()) > 0) {
            throw ApiException.of(ApiException.Kind.CONFLICT, "Item " + item.number() + " has a resolution "
                    + input.number() + " already");
        }
        MeetingFacts approved = input.approvesMeeting() == null ? null : approvable(meeting, input.approvesMeeting());
        if (input.notesReport() != null && !reads.reportAuthority(input.notesReport())
                .filter(meeting.authority()::equals).isPresent()) {
            throw ApiException.invalid("notesReport", "unknown", "There is no report " + input.notesReport()
                    + " of " + meeting.authority());
        }
        Resolution resolution = new Resolution();
        resolution.agendaItemId = agendaItemId;
        resolution.number = input.number();
        resolution.text = input.text().strip();
        resolution.kind = input.kind();
        resolution.vote = input.vote();
        if (input.vote() == Vote.RECORDED) {
            resolution.votesFor = input.votesFor();
            resolution.votesAgainst = input.votesAgainst() == null ? 0 : input.votesAgainst();
            resolution.abstentions = input.abstentions() == null ? 0 : input.abstentions();
        }
        resolution.approvesMinutesOf = input.approvesMinutesOf();
        resolution.approvesMeetingId = input.approvesMeeting();
        resolution.notesReportId = input.notesReport();
        resolution.createdBy = caller.name();
        OffsetDateTime now = Clocks.timestamp(clock);
        resolution.createdAt = now;
        resolution.persistAndFlush();
        input.actionsOrNone().forEach(action -> actions.raise(meeting.authority(), resolution.id, action));
        List<ResolutionInput.Move> moves = input.movesOrNone();
        for (int i = 0; i < moves.size(); i++) {
            ResolutionInput.Move move = moves.get(i);
            String at = "workProgrammeMoves[" + i + "]";
            WorkProgrammeItem moved = WorkProgrammeItem.<WorkProgrammeItem>findByIdOptional(move.item())
                    .filter(found -> found.authority.equals(meeting.authority()))
                    .orElseThrow(() -> ApiException.invalid(at + ".item", "unknown", "There is no work programme"
                            + " item " + move.item() + " of " + meeting.authority()));
            programme.move(moved, move.toMeeting(), move.reason(), resolution.id, at + ".toMeeting");
        }
        List<ResolutionInput.Addition> additions = input.additionsOrNone();
        for (int i = 0; i < additions.size(); i++) {
            ResolutionInput.Addition addition = additions.get(i);
            if (addition.meeting() != null) {
                meetings.meetingOf(meeting.authority(), addition.meeting(),
                        "workProgrammeAdditions[" + i + "].meeting");
            }
            programme.add(meeting.authority(), addition.startYear(), addition.title(), addition.reportType(),
                    addition.meeting(), WorkProgrammeStatus.PLANNED, resolution.id);
        }
        if (approved != null) {
            approve(approved, now);
        }
        ResolutionView view = reads.resolutionsOfItems(List.of(agendaItemId), (authority, exempt) -> true)
                .get(agendaItemId).stream().filter(candidate -> candidate.id() == resolution.id).findFirst()
                .orElseThrow();
        audit.record(AUDIT_TYPE, resolution.id, AuditAction.CREATE, null, view);
        return new Recorded(meeting.id(), view);
    }

    /** Vote counts only with a recorded vote, and the approval's fields only on an approval. */
    private static void checkRules(ResolutionInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.vote() == Vote.RECORDED && input.votesFor() == null) {
            errors.add(new FieldError("votesFor", "required", "A recorded vote says how many voted for"));
        }
        if (input.vote() != Vote.RECORDED) {
            record Count(String field, Integer value) {
            }
            for (Count count : List.of(new Count("votesFor", input.votesFor()),
                    new Count("votesAgainst", input.votesAgainst()), new Count("abstentions", input.abstentions()))) {
                if (count.value() != null) {
                    errors.add(new FieldError(count.field(), "not-allowed",
                            "Only a recorded vote has counts; this vote is " + input.vote().wire()));
                }
            }
        }
        boolean approval = input.kind() == ResolutionKind.APPROVE_MINUTES;
        if (approval && input.approvesMinutesOf() == null && input.approvesMeeting() == null) {
            errors.add(new FieldError("approvesMeeting", "required",
                    "Say whose minutes are approved: the meeting, or the date the resolution names"));
        }
        if (!approval && input.approvesMinutesOf() != null) {
            errors.add(new FieldError("approvesMinutesOf", "not-allowed", "Only a resolution approving minutes"
                    + " names the date of the minutes"));
        }
        if (!approval && input.approvesMeeting() != null) {
            errors.add(new FieldError("approvesMeeting", "not-allowed", "Only a resolution approving minutes"
                    + " names the meeting whose minutes it approves"));
        }
        if (input.kind() != ResolutionKind.NOTE_REPORT && input.notesReport() != null) {
            errors.add(new FieldError("notesReport", "not-allowed", "Only a resolution noting a report names it"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** The meeting whose minutes a resolution at {@code meeting} approves: 400 when it may not, 409 when done. */
    private MeetingFacts approvable(MeetingFacts meeting, long approvedId) {
        MeetingFacts approved = meetings.meetingOf(meeting.authority(), approvedId, "approvesMeeting");
        MinuteApproval.refusal(meeting, approved).ifPresent(reason -> {
            throw ApiException.invalid("approvesMeeting", "not-approvable", reason);
        });
        if (approved.minutesApproved()) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "The minutes of "
                    + Clocks.written(approved.date()) + " are approved already");
        }
        return approved;
    }

    /**
     * The approved meeting becomes minutes-approved; its actions arising, now readable outside the authority, are
     * touched so that sync clients fetch them. Fails with 409 when another approval came first.
     */
    private void approve(MeetingFacts approved, OffsetDateTime now) {
        if (!meetings.approveMinutes(approved.id(), now)) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "The minutes of " + Clocks.written(approved.date())
                    + " are approved already");
        }
        reads.touchActionsOfMeeting(approved.id(), now);
        reads.touchWorkProgrammeOfMeeting(approved.id(), now);
        audit.record(MEETING_AUDIT_TYPE, approved.id(), AuditAction.UPDATE, Map.of("status", approved.status()),
                Map.of("status", MeetingStatus.MINUTES_APPROVED.wire()));
    }
}
