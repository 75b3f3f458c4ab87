package org.promise.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.promise.area.AreaService;
import org.promise.board.BoardService;
import org.promise.board.BoardView;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;
import org.promise.common.persistence.Stamps;
import org.promise.common.security.Caller;
import org.promise.common.time.Clocks;
import org.promise.common.sync.SyncPage;
import org.promise.common.sync.TombstoneKind;
import org.promise.common.sync.Tombstones;
import org.promise.common.time.Clocks;
import org.promise.meeting.MeetingView.Summary;

/** Meetings and their attendance: public to read, changed by the authority's officers and administrators. */
@ApplicationScoped
public class MeetingService {

    static final String AUDIT_TYPE = "meeting";
    static final String ATTENDANCE_AUDIT_TYPE = "attendance";

    private final MeetingRepository repository;
    private final MeetingReads reads;
    private final MeetingSearch search;
    private final MeetingRecord record;
    private final BoardService boards;
    private final AreaService areas;
    private final AuditService audit;
    private final Tombstones tombstones;
    private final Caller caller;
    private final Stamps stamps;

    public MeetingService(MeetingRepository repository, MeetingReads reads, MeetingSearch search, MeetingRecord record,
            BoardService boards, AreaService areas, AuditService audit, Tombstones tombstones, Caller caller,
            Stamps stamps) {
        this.repository = repository;
        this.reads = reads;
        this.search = search;
        this.record = record;
        this.boards = boards;
        this.areas = areas;
        this.audit = audit;
        this.tombstones = tombstones;
        this.caller = caller;
        this.stamps = stamps;
    }

    /** A page of meetings, and with {@code modifiedSince} the meetings and items gone since. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingView.Page list(MeetingSearch.Filter filter) {
        SyncPage<Summary> page = reads.filtersOnHidden(filter) ? new SyncPage<>(List.of(), null) : search.page(filter);
        return new MeetingView.Page(page.items(), filter.sync().reportsDeletions()
                ? tombstones.since(List.of(TombstoneKind.MEETING, TombstoneKind.AGENDA_ITEM), filter.authority(),
                        filter.sync().modifiedSince())
                : List.of(), page.next());
    }

    /** How many meetings each authority holds on or after the day, cancelled ones left out: meetings are public. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> upcomingCounts(LocalDate from) {
        return repository.upcomingCounts(from);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingView get(long id) {
        return reads.view(find(id));
    }

    /** The authority's meetings as an iCalendar feed, exempt items left out whoever asks. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String calendar(String authority) {
        String name = areas.findLocalAuthority(authority)
                .orElseThrow(() -> ApiException.notFound(authority + " is not a local authority that Promise serves"))
                .name();
        List<MeetingCalendar.Event> events = repository.ofAuthority(authority).stream()
                .map(meeting -> new MeetingCalendar.Event(meeting.id, meeting.title, meeting.date, meeting.startTime,
                        meeting.closeTime, meeting.venue, meeting.status == MeetingStatus.CANCELLED,
                        meeting.agendaItems.stream().filter(item -> !item.exempt)
                                .map(item -> new MeetingCalendar.Item(item.number, item.title)).toList(),
                        meeting.updatedAt))
                .toList();
        return MeetingCalendar.write(name + " board meetings", events);
    }

    @Transactional
    public MeetingView create(MeetingInput input) {
        BoardView board = boards.find(input.board()).orElseThrow(() -> ApiException.invalid("board", "unknown",
                "There is no board " + input.board()));
        caller.requireWriteAccess(board.authority());
        checkRules(input, null);
        Meeting meeting = new Meeting();
        meeting.boardId = board.id();
        meeting.authority = board.authority();
        stamps.created(meeting);
        apply(input, meeting);
        repository.persistAndFlush(meeting);
        MeetingView created = reads.view(meeting);
        audit.record(AUDIT_TYPE, meeting.id, AuditAction.CREATE, null, created);
        return created;
    }

    @Transactional
    public MeetingView replace(long id, String ifMatch, MeetingInput input) {
        Meeting meeting = lockForChange(id, ifMatch);
        if (meeting.boardId != input.board()) {
            throw ApiException.invalid("board", "immutable",
                    "A meeting stays with the board it is a meeting of (board " + meeting.boardId + ")");
        }
        checkRules(input, meeting.status);
        checkRecord(meeting, input);
        MeetingView before = reads.view(meeting);
        apply(input, meeting);
        stamps.changed(meeting);
        repository.flush();
        MeetingView after = reads.view(meeting);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Meeting meeting = lockForChange(id, ifMatch);
        if (!meeting.attendance.isEmpty() || record.meetingHasRecord(id)) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "The meeting of " + Clocks.written(meeting.date)
                    + " is part of the board's record (its attendance, minutes or resolutions, or the work programme,"
                    + " name it): it stays; mark it cancelled instead");
        }
        record.packPresentedAtMeeting(id).ifPresent(pack -> {
            throw pack.keeps("this meeting");
        });
        audit.record(AUDIT_TYPE, id, AuditAction.DELETE, reads.view(meeting), null);
        meeting.agendaItems.forEach(item -> tombstones.record(TombstoneKind.AGENDA_ITEM, item.id, meeting.authority));
        tombstones.record(TombstoneKind.MEETING, id, meeting.authority);
        // Declarations go first: the database would otherwise remove those on items with the items.
        meeting.declarations.clear();
        repository.flush();
        repository.delete(meeting);
    }

    /** Replaces the whole attendance record in one audited change; If-Match is the meeting's ETag. */
    @Transactional
    public MeetingView replaceAttendance(long id, String ifMatch, AttendanceInput input) {
        Meeting meeting = lockForChange(id, ifMatch);
        BoardView board = boards.get(meeting.boardId);
        checkAttendance(input.entries(), board);
        requireOpenRecord(meeting);
        Map<String, Object> before = Map.of("entries", reads.view(meeting).attendance());
        meeting.attendance.clear();
        repository.flush();
        for (AttendanceInput.Entry entry : input.entries()) {
            Attendance line = new Attendance();
            line.meeting = meeting;
            line.name = entry.name().strip();
            line.capacity = entry.capacity();
            line.presence = entry.presence();
            line.substituteFor = blankToNull(entry.substituteFor());
            line.roleTitle = blankToNull(entry.roleTitle());
            line.voting = entry.voting();
            line.boardMember = entry.boardMember();
            line.position = meeting.attendance.size();
            meeting.attendance.add(line);
        }
        stamps.changed(meeting);
        repository.flush();
        MeetingView after = reads.view(meeting);
        audit.record(ATTENDANCE_AUDIT_TYPE, id, AuditAction.UPDATE, before, Map.of("entries", after.attendance()));
        return after;
    }

    /**
     * Approved minutes are the record of the meeting as it was: its attendance, declarations and agenda stay as
     * the board approved them (409).
     */
    static void requireOpenRecord(Meeting meeting) {
        if (meeting.status == MeetingStatus.MINUTES_APPROVED) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "The minutes of " + Clocks.written(meeting.date)
                    + " are approved: the meeting's attendance, declarations and agenda are the record the board"
                    + " approved, and stay as they are");
        }
    }

    /**
     * A meeting that transacted business (a minute or resolution on its items) was not cancelled; and a meeting's
     * date stays after the meetings whose minutes it approved and before the one that approved its own.
     */
    private void checkRecord(Meeting meeting, MeetingInput input) {
        if (input.status() == MeetingStatus.CANCELLED && meeting.status != MeetingStatus.CANCELLED
                && record.meetingTransactedBusiness(meeting.id)) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "The meeting of " + Clocks.written(meeting.date)
                    + " has minutes or resolutions: it was held, and cannot be marked cancelled");
        }
        if (input.date().equals(meeting.date)) {
            return;
        }
        MeetingRecord.ApprovalDates approval = record.approvalDates(meeting.id);
        if (approval.approvedAt() != null && !input.date().isBefore(approval.approvedAt())) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "The minutes of this meeting were approved at the"
                    + " meeting of " + Clocks.written(approval.approvedAt()) + ": it was held before that day");
        }
        if (approval.latestApproved() != null && !input.date().isAfter(approval.latestApproved())) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "This meeting approved the minutes of the meeting of "
                    + Clocks.written(approval.latestApproved()) + ": it was held after that day");
        }
    }

    /** The meeting for a change to it or its parts: locked, and written by the caller's authority. */
    Meeting lockForWrite(long id) {
        Meeting meeting = repository.lock(id).orElseThrow(() -> notFound(id));
        caller.requireWriteAccess(meeting.authority);
        return meeting;
    }

    /** The same, at the version the caller read. */
    private Meeting lockForChange(long id, String ifMatch) {
        Meeting meeting = lockForWrite(id);
        EntityTags.requireCurrent(ifMatch, meeting.version);
        return meeting;
    }

    private Meeting find(long id) {
        return repository.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    static ApiException notFound(long id) {
        return ApiException.notFound("There is no meeting " + id);
    }

    private static void checkRules(MeetingInput input, MeetingStatus current) {
        List<FieldError> errors = new ArrayList<>();
        boolean approved = current == MeetingStatus.MINUTES_APPROVED;
        if (input.status() == MeetingStatus.MINUTES_APPROVED && !approved) {
            errors.add(new FieldError("status", "set-by-resolution", "A meeting's minutes are approved by a"
                    + " resolution of a later meeting, which sets this status; choose another status"));
        } else if (approved && input.status() != MeetingStatus.MINUTES_APPROVED) {
            errors.add(new FieldError("status", "set-by-resolution",
                    "The minutes of this meeting are approved, and it stays minutes-approved"));
        }
        boolean cancelled = input.status() == MeetingStatus.CANCELLED;
        if (cancelled && isBlank(input.cancelledReason())) {
            errors.add(new FieldError("cancelledReason", "required", "Say why the meeting was cancelled"));
        } else if (!cancelled && !isBlank(input.cancelledReason())) {
            errors.add(new FieldError("cancelledReason", "not-allowed",
                    "Only a cancelled meeting has a reason for cancelling it"));
        }
        LocalTime start = parse(input.startTime());
        LocalTime close = parse(input.closeTime());
        if (close != null && start == null) {
            errors.add(new FieldError("startTime", "required", "A meeting with a closing time has a starting time"));
        } else if (close != null && !close.isAfter(start)) {
            errors.add(new FieldError("closeTime", "range", "A meeting closes after it starts"));
        }
        if (input.agendaPublishedOn() != null && input.agendaPublishedOn().isAfter(input.date())) {
            errors.add(new FieldError("agendaPublishedOn", "range",
                    "An agenda is published on or before the day of the meeting"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static void checkAttendance(List<AttendanceInput.Entry> entries, BoardView board) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceInput.Entry entry = entries.get(i);
            String at = "entries[" + i + "].";
            boolean substitute = entry.capacity() == AttendanceCapacity.SUBSTITUTE;
            if (substitute && isBlank(entry.substituteFor())) {
                errors.add(new FieldError(at + "substituteFor", "required",
                        "A substitute names the member they stood in for"));
            } else if (!substitute && !isBlank(entry.substituteFor())) {
                errors.add(new FieldError(at + "substituteFor", "not-allowed",
                        "Only a substitute stands in for a member; make the capacity substitute, or leave this out"));
            }
            if (entry.boardMember() != null && !board.hasMember(entry.boardMember())) {
                errors.add(new FieldError(at + "boardMember", "unknown",
                        "There is no member " + entry.boardMember() + " of " + board.name()));
            }
            if (entry.voting() && !(entry.capacity() == AttendanceCapacity.MEMBER || substitute)) {
                errors.add(new FieldError(at + "voting", "not-allowed",
                        "Only a member or a substitute votes; officers, advisors, young people and guests do not"));
            }
        }
        errors.addAll(AttendanceRules.check(entries));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static void apply(MeetingInput input, Meeting meeting) {
        meeting.kind = input.kind();
        meeting.title = input.title().strip();
        meeting.date = input.date();
        meeting.startTime = parse(input.startTime());
        meeting.closeTime = parse(input.closeTime());
        meeting.venue = blankToNull(input.venue());
        meeting.livestreamUrl = blankToNull(input.livestreamUrl());
        meeting.status = input.status();
        meeting.cancelledReason = blankToNull(input.cancelledReason());
        meeting.agendaPublishedOn = input.agendaPublishedOn();
        meeting.nextMeetingDate = input.nextMeetingDate();
    }

    private static LocalTime parse(String time) {
        return time == null ? null : LocalTime.parse(time, MeetingReads.TIME);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
