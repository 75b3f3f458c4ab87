package org.promise.minutes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;
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

/**
 * The actions the board's resolutions created, tracked to done or dropped. An action is read as its resolution is:
 * by the authority's insiders always, by everyone else once its meeting's minutes are approved and only on a
 * public item.
 */
@ApplicationScoped
public class ActionArisingService {

    static final String AUDIT_TYPE = "action-arising";

    private final MinutesReads reads;
    private final RecordAccess access;
    private final Tombstones tombstones;
    private final AuditService audit;
    private final Caller caller;
    private final Stamps stamps;
    private final Clock clock;

    public ActionArisingService(MinutesReads reads, RecordAccess access, Tombstones tombstones, AuditService audit,
            Caller caller, Stamps stamps, Clock clock) {
        this.reads = reads;
        this.access = access;
        this.tombstones = tombstones;
        this.audit = audit;
        this.caller = caller;
        this.stamps = stamps;
        this.clock = clock;
    }

    /** The filters of the tracker; null leaves one out. */
    public record Filter(String authority, ActionArisingStatus status, Boolean overdue, SyncQuery sync) {
    }

    /** An item made exempt takes its resolutions' actions from the public's view: to a sync client they are deleted. */
    void onItemWentPrivate(@Observes AgendaItemWentPrivate event) {
        tombstones.record(TombstoneKind.ACTION_ARISING, reads.actionIdsOfItem(event.itemId()), event.authority());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionArisingView.Page list(Filter filter) {
        LocalDate today = Clocks.boardDate(clock);
        List<MinutesReads.Condition> seen = visible();
        if (filter.authority() != null) {
            seen.add(new MinutesReads.Condition("a.authority_code = ?", p -> p.text(filter.authority())));
        }
        List<MinutesReads.Condition> conditions = new ArrayList<>(seen);
        if (filter.status() != null) {
            conditions.add(new MinutesReads.Condition("a.status = ?", p -> p.wire(filter.status())));
        }
        if (filter.overdue() != null) {
            String late = "(a.status in ('open', 'in-progress') and a.due_date < ?)";
            conditions.add(new MinutesReads.Condition(filter.overdue() ? late : "not coalesce(" + late + ", false)",
                    p -> p.date(today)));
        }
        SyncQuery sync = filter.sync();
        if (sync.changes()) {
            conditions.add(new MinutesReads.Condition("a.updated_at > ?", p -> p.timestamp(sync.modifiedSince())));
        }
        if (sync.after() != null) {
            conditions.add(new MinutesReads.Condition("(a.updated_at, a.id) > (?, ?)",
                    p -> p.timestamp(sync.after().changedAt()).id(sync.after().id())));
        }
        SyncPage<ActionArisingView> page = SyncPage.of(reads.actions(conditions, sync.limit() + 1, today),
                sync.limit(), action -> SyncCursor.after(action.updatedAt(), action.id()));
        List<Tombstone> deleted = sync.reportsDeletions()
                ? tombstones.since(List.of(TombstoneKind.ACTION_ARISING), filter.authority(), sync.modifiedSince())
                : List.of();
        return new ActionArisingView.Page(page.items(), reads.actionCounts(seen, today), deleted, page.next());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionArisingView get(long id) {
        return visibleView(id).orElseThrow(() -> notFound(id));
    }

    @Transactional
    public ActionArisingView replace(long id, String ifMatch, ActionArisingUpdate update) {
        ActionArisingView before = get(id);
        ActionArising action = ActionArising.<ActionArising>findByIdOptional(id).orElseThrow(() -> notFound(id));
        caller.requireWriteAccess(action.authority);
        EntityTags.requireCurrent(ifMatch, action.version);
        LocalDate today = Clocks.boardDate(clock);
        List<FieldError> problems = ActionArisingRules.problems(update.status(), update.evidence(),
                update.closedOn(), before.meeting().date(), today);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        action.description = update.description().strip();
        action.owner = update.owner();
        action.dueDate = update.dueDate();
        action.status = update.status();
        action.evidence = update.evidence();
        action.closedOn = ActionArisingRules.closedOn(update.status(), update.closedOn(), today);
        stamps.changed(action);
        ActionArising.flush();
        ActionArisingView after = visibleView(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, before, after);
        return after;
    }

    /** An open action of a resolution being recorded; audited. */
    void raise(String authority, long resolutionId, ResolutionInput.Action input) {
        ActionArising action = new ActionArising();
        action.authority = authority;
        action.resolutionId = resolutionId;
        action.description = input.description().strip();
        action.owner = input.owner();
        action.dueDate = input.dueDate();
        action.status = ActionArisingStatus.OPEN;
        stamps.created(action);
        action.persistAndFlush();
        audit.record(AUDIT_TYPE, action.id, AuditAction.CREATE, null, visibleView(action.id).orElseThrow());
    }

    private Optional<ActionArisingView> visibleView(long id) {
        List<MinutesReads.Condition> conditions = visible();
        conditions.add(new MinutesReads.Condition("a.id = ?", p -> p.id(id)));
        return reads.actions(conditions, 1, Clocks.boardDate(clock)).stream().findFirst();
    }

    /** What the caller may read: the actions of the resolutions the caller may read. */
    private List<MinutesReads.Condition> visible() {
        List<MinutesReads.Condition> conditions = new ArrayList<>();
        conditions.add(access.readable("m", "i"));
        return conditions;
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("There is no action arising " + id);
    }
}
