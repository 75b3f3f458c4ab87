package org.promise.minutes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.promise.area.AreaService;
import org.promise.area.AreaView;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.ApiException;
import org.promise.common.persistence.Stamps;
import org.promise.common.security.Caller;
import org.promise.common.sync.SyncCursor;
import org.promise.common.sync.SyncPage;
import org.promise.common.sync.SyncQuery;
import org.promise.common.sync.Tombstone;
import org.promise.common.sync.TombstoneKind;
import org.promise.common.sync.Tombstones;
import org.promise.common.time.Clocks;
import org.promise.meeting.AgendaItemWentPrivate;
import org.promise.meeting.MeetingFacts;
import org.promise.meeting.MeetingFactsSource;
import org.promise.meeting.MeetingRef;
import org.promise.report.ReportType;

/**
 * The work programme: which paper goes to which meeting. Public to read; the authority's officers change it, and a
 * move (by hand or by a resolution) is kept in the item's history.
 */
@ApplicationScoped
public class WorkProgrammeService {

    static final String AUDIT_TYPE = "work-programme-item";
    private static final int EVERY_ITEM = 10_000;

    private final MeetingFactsSource meetings;
    private final MinutesReads reads;
    private final RecordAccess access;
    private final Tombstones tombstones;
    private final AreaService areas;
    private final AuditService audit;
    private final Caller caller;
    private final Stamps stamps;
    private final Clock clock;

    public WorkProgrammeService(MeetingFactsSource meetings, MinutesReads reads, RecordAccess access,
            Tombstones tombstones, AreaService areas, AuditService audit, Caller caller, Stamps stamps, Clock clock) {
        this.meetings = meetings;
        this.reads = reads;
        this.access = access;
        this.tombstones = tombstones;
        this.areas = areas;
        this.audit = audit;
        this.caller = caller;
        this.stamps = stamps;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkProgrammeView programme(String authority, Integer year) {
        AreaView area = areas.findLocalAuthority(authority)
                .orElseThrow(() -> ApiException.notFound("There is no local authority " + authority));
        LocalDate today = Clocks.boardDate(clock);
        int startYear = year != null ? year : WorkProgrammeRules.startYearOf(today);
        List<WorkProgrammeItemView> items = visibleItems(List.of(
                new MinutesReads.Condition("w.authority_code = ?", p -> p.text(authority)),
                new MinutesReads.Condition("w.start_year = ?", p -> p.integer(startYear))),
                "w.position, w.id", EVERY_ITEM);
        Map<Long, MeetingRef> shown = new LinkedHashMap<>();
        meetings.meetingsOfAuthority(authority, WorkProgrammeRules.firstDay(startYear),
                WorkProgrammeRules.lastDay(startYear)).forEach(meeting -> shown.put(meeting.id(), meeting.ref()));
        // An item moved to a meeting of the next year still belongs to this year's programme.
        items.stream().map(WorkProgrammeItemView::meeting).filter(Objects::nonNull)
                .forEach(meeting -> shown.putIfAbsent(meeting.id(), meeting));
        List<WorkProgrammeView.AtMeeting> byMeeting = shown.values().stream()
                .sorted(Comparator.comparing(MeetingRef::date).thenComparing(MeetingRef::id))
                .map(meeting -> new WorkProgrammeView.AtMeeting(meeting, items.stream()
                        .filter(item -> item.meeting() != null && item.meeting().id() == meeting.id()).toList()))
                .toList();
        Optional<MeetingFacts> next = WorkProgrammeRules.nextMeeting(meetings.meetingsFrom(authority, today), today);
        List<WorkProgrammeItemView> due = next.map(meeting -> visibleItems(List.of(
                new MinutesReads.Condition("w.meeting_id = ?", p -> p.id(meeting.id()))), "w.position, w.id",
                EVERY_ITEM).stream().filter(item -> WorkProgrammeRules.isDue(item.status())).toList())
                .orElse(List.of());
        return new WorkProgrammeView(authority, area.name(), startYear, WorkProgrammeRules.label(startYear),
                byMeeting, items.stream().filter(item -> item.meeting() == null).toList(),
                next.map(MeetingFacts::ref).orElse(null), due,
                items.stream().filter(item -> WorkProgrammeRules.isLate(item.status(),
                        item.meeting() == null ? null : item.meeting().date(), today)).toList());
    }

    /** A page of items in the order of their last change, for sync clients. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkProgrammeItemView.Page list(String authority, SyncQuery sync) {
        List<MinutesReads.Condition> conditions = new ArrayList<>();
        if (authority != null) {
            conditions.add(new MinutesReads.Condition("w.authority_code = ?", p -> p.text(authority)));
        }
        if (sync.changes()) {
            conditions.add(new MinutesReads.Condition("w.updated_at > ?", p -> p.timestamp(sync.modifiedSince())));
        }
        if (sync.after() != null) {
            conditions.add(new MinutesReads.Condition("(w.updated_at, w.id) > (?, ?)",
                    p -> p.timestamp(sync.after().changedAt()).id(sync.after().id())));
        }
        SyncPage<WorkProgrammeItemView> page = SyncPage.of(visibleItems(conditions,
                "w.updated_at, w.id", sync.limit() + 1), sync.limit(),
                item -> SyncCursor.after(item.updatedAt(), item.id()));
        List<Tombstone> deleted = sync.reportsDeletions()
                ? tombstones.since(List.of(TombstoneKind.WORK_PROGRAMME_ITEM), authority, sync.modifiedSince())
                : List.of();
        return new WorkProgrammeItemView.Page(page.items(), deleted, page.next());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkProgrammeItemView get(long id) {
        return visibleItems(List.of(new MinutesReads.Condition("w.id = ?", p -> p.id(id))), "w.id", 1).stream()
                .findFirst().orElseThrow(() -> notFound(id));
    }

    /** An item added by a resolution the caller may not read yet goes unseen, as the resolution does. */
    void onItemWentPrivate(@Observes AgendaItemWentPrivate event) {
        tombstones.record(TombstoneKind.WORK_PROGRAMME_ITEM, reads.workProgrammeItemsAddedBy(event.itemId()),
                event.authority());
    }

    /**
     * The items the caller may see: those added by hand, or by a resolution the caller may read; a move by a
     * resolution the caller may not read keeps the item's place but shows neither its reason nor the resolution.
     */
    private List<WorkProgrammeItemView> visibleItems(List<MinutesReads.Condition> conditions, String orderBy,
            int limit) {
        List<MinutesReads.Condition> visible = new ArrayList<>(conditions);
        MinutesReads.Condition readable = access.readable("rm", "ri");
        visible.add(new MinutesReads.Condition("(w.added_by_resolution_id is null or " + readable.sql() + ")",
                readable.binder()));
        return reads.workProgrammeItems(visible, orderBy, limit, access::mayRead);
    }

    @Transactional
    public WorkProgrammeItemView create(WorkProgrammeItemInput input) {
        caller.requireWriteAccess(input.authority());
        areas.requireLocalAuthority("authority", input.authority());
        if (input.meeting() != null) {
            meetings.meetingOf(input.authority(), input.meeting(), "meeting");
        }
        WorkProgrammeItem item = add(input.authority(), input.startYear(), input.title(), input.reportType(),
                input.meeting(), input.status(), null);
        return view(item.id).orElseThrow();
    }

    @Transactional
    public WorkProgrammeItemView replace(long id, String ifMatch, WorkProgrammeItemInput input) {
        WorkProgrammeItem item = find(id);
        caller.requireWriteAccess(item.authority);
        EntityTags.requireCurrent(ifMatch, item.version);
        if (!item.authority.equals(input.authority())) {
            throw ApiException.invalid("authority", "immutable",
                    "A work programme item stays with its authority (" + item.authority + ")");
        }
        if (!Objects.equals(item.meetingId, input.meeting())) {
            throw ApiException.invalid("meeting", "use-move",
                    "Move the item to another meeting with a move, which keeps its history, rather than a change");
        }
        WorkProgrammeItemView before = view(id).orElseThrow();
        item.startYear = input.startYear();
        item.title = input.title().strip();
        item.reportType = input.reportType();
        item.status = input.status();
        stamps.changed(item);
        WorkProgrammeItem.flush();
        WorkProgrammeItemView after = view(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional
    public WorkProgrammeItemView move(long id, String ifMatch, WorkProgrammeMoveInput input) {
        WorkProgrammeItem item = find(id);
        caller.requireWriteAccess(item.authority);
        EntityTags.requireCurrent(ifMatch, item.version);
        Long resolution = input.resolution() == null ? null : movingResolution(item.authority, input.resolution());
        move(item, input.toMeeting(), input.reason(), resolution, "toMeeting");
        return view(id).orElseThrow();
    }

    /**
     * The resolution a move by hand names: one of the authority's that changes the work programme (400 otherwise),
     * in minutes not yet approved, since approved ones are final (409).
     */
    private long movingResolution(String authority, long resolutionId) {
        ApiException unknown = ApiException.invalid("resolution", "unknown", "There is no resolution " + resolutionId
                + " of a meeting of " + authority);
        Resolution resolution = Resolution.<Resolution>findByIdOptional(resolutionId).orElseThrow(() -> unknown);
        MeetingFacts meeting = meetings.agendaItem(resolution.agendaItemId)
                .flatMap(item -> meetings.meeting(item.meetingId()))
                .filter(candidate -> candidate.authority().equals(authority)).orElseThrow(() -> unknown);
        if (resolution.kind != ResolutionKind.CHANGE_WORK_PROGRAMME) {
            throw ApiException.invalid("resolution", "kind", "Resolution " + resolutionId + " is a "
                    + resolution.kind.wire() + ": only a resolution changing the work programme moves an item");
        }
        if (meeting.minutesApproved()) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "The minutes of " + Clocks.written(meeting.date())
                    + " are approved: their resolutions are final, so a move cannot be added to one");
        }
        return resolutionId;
    }

    /**
     * Moves an item (to no meeting when {@code toMeeting} is null), keeping the move in its history; {@code field}
     * names the target meeting in what the client sent. Audited.
     */
    void move(WorkProgrammeItem item, Long toMeeting, String reason, Long resolutionId, String field) {
        if (toMeeting != null) {
            meetings.meetingOf(item.authority, toMeeting, field);
        }
        if (Objects.equals(item.meetingId, toMeeting)) {
            throw ApiException.invalid(field, "unchanged", "\"" + item.title + "\" is there already");
        }
        WorkProgrammeItemView before = view(item.id).orElseThrow();
        WorkProgrammeMove move = new WorkProgrammeMove();
        move.itemId = item.id;
        move.fromMeetingId = item.meetingId;
        move.toMeetingId = toMeeting;
        move.resolutionId = resolutionId;
        move.reason = reason;
        move.movedBy = caller.name();
        move.movedAt = Clocks.timestamp(clock);
        move.persist();
        item.meetingId = toMeeting;
        stamps.changed(item);
        WorkProgrammeItem.flush();
        audit.record(AUDIT_TYPE, item.id, AuditAction.UPDATE, before, view(item.id).orElseThrow());
    }

    /** Adds an item at the end of its year's programme, by hand or by a resolution; audited. */
    WorkProgrammeItem add(String authority, int startYear, String title, ReportType reportType, Long meeting,
            WorkProgrammeStatus status, Long addedByResolutionId) {
        WorkProgrammeItem item = new WorkProgrammeItem();
        item.authority = authority;
        item.startYear = startYear;
        item.title = title.strip();
        item.reportType = reportType;
        item.meetingId = meeting;
        item.status = status;
        item.addedByResolutionId = addedByResolutionId;
        item.position = 1 + WorkProgrammeItem.<WorkProgrammeItem>find("authority = ?1 and startYear = ?2"
                + " order by position desc", authority, startYear).firstResultOptional()
                .map(last -> last.position).orElse(0);
        stamps.created(item);
        item.persistAndFlush();
        audit.record(AUDIT_TYPE, item.id, AuditAction.CREATE, null, view(item.id).orElseThrow());
        return item;
    }

    WorkProgrammeItem find(long id) {
        return WorkProgrammeItem.<WorkProgrammeItem>findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    /** The item as it stands, whoever may read it: what the audit keeps and what its writers get back. */
    private Optional<WorkProgrammeItemView> view(long id) {
        return reads.workProgrammeItems(List.of(new MinutesReads.Condition("w.id = ?", p -> p.id(id))), "w.id", 1,
                MinutesReads.ResolutionVisibility.ALL).stream().findFirst();
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("There is no work programme item " + id);
    }
}
