package org.promise.yousaid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.promise.actionplan.ActionItemView;
import org.promise.actionplan.ActionPlanService;
import org.promise.area.AreaService;
import org.promise.area.AreaView;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;
import org.promise.common.persistence.Stamps;
import org.promise.common.security.Caller;
import org.promise.common.time.Clocks;

/** "You said, we did": public, because it is written for the young people who asked. */
@ApplicationScoped
public class YouSaidService {

    static final String AUDIT_TYPE = "you-said";

    private final YouSaidRepository repository;
    private final ActionPlanService plans;
    private final AreaService areas;
    private final AuditService audit;
    private final Caller caller;
    private final Clock clock;
    private final Stamps stamps;

    public YouSaidService(YouSaidRepository repository, ActionPlanService plans, AreaService areas,
            AuditService audit, Caller caller, Clock clock, Stamps stamps) {
        this.repository = repository;
        this.plans = plans;
        this.areas = areas;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
        this.stamps = stamps;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public YouSaidView.Page list(String authority) {
        AreaView area = areas.findLocalAuthority(authority).orElseThrow(() -> ApiException.notFound(authority + " is not a local authority that Promise serves"));
        return new YouSaidView.Page(area.code(), area.name(), views(repository.of(authority)));
    }

    /** How many entries each authority has: "You said, we did" is public, whoever asks. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> entryCounts() {
        return repository.entryCounts();
    }

    @Transactional
    public YouSaidView create(YouSaidInput input) {
        caller.requireWriteAccess(input.authority());
        areas.requireLocalAuthority("authority", input.authority());
        List<Long> items = input.actionItems() == null ? List.of() : input.actionItems();
        checkItems(input.authority(), items);
        YouSaid ask = new YouSaid();
        ask.authority = input.authority();
        ask.ask = input.ask().strip();
        ask.forum = input.forum().strip();
        ask.askedIn = input.askedIn();
        ask.position = repository.nextPosition(input.authority());
        ask.actionItems.addAll(items);
        stamps.created(ask);
        repository.persistAndFlush(ask);
        YouSaidView created = views(List.of(ask)).get(0);
        audit.record(AUDIT_TYPE, ask.id, AuditAction.CREATE, null, created);
        return created;
    }

    @Transactional
    public YouSaidView addEntry(long id, YouSaidEntryInput input) {
        // Entries added at the same moment queue on the ask's row: each gets the next position and its own version.
        YouSaid ask = repository.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("There is no \"You said\" ask " + id));
        caller.requireWriteAccess(ask.authority);
        YouSaidView before = views(List.of(ask)).get(0);
        YouSaidEntry entry = new YouSaidEntry();
        entry.youSaidId = id;
        entry.kind = input.kind();
        entry.date = input.date() == null ? Clocks.boardDate(clock) : input.date();
        entry.text = input.text().strip();
        entry.position = repository.nextEntryPosition(id);
        repository.getEntityManager().persist(entry);
        stamps.changed(ask);
        repository.flush();
        YouSaidView after = views(List.of(ask)).get(0);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, before, after);
        return after;
    }

    /** Links only to the authority's own action items, each named by its place in the list when it is not. */
    private void checkItems(String authority, List<Long> ids) {
        Map<Long, ActionItemView> found = plans.itemsById(ids).stream()
                .collect(Collectors.toMap(ActionItemView::id, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ActionItemView item = found.get(ids.get(i));
            if (item == null || !item.authority().equals(authority)) {
                errors.add(new FieldError("actionItems[" + i + "]", "unknown",
                        "There is no action item " + ids.get(i) + " in " + authority + "'s plans"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private List<YouSaidView> views(List<YouSaid> asks) {
        Set<Long> ids = asks.stream().map(ask -> ask.id).collect(Collectors.toSet());
        Map<Long, List<YouSaidEntry>> entries = repository.entriesOf(ids).stream()
                .collect(Collectors.groupingBy(entry -> entry.youSaidId));
        Map<Long, ActionItemView> items = plans.itemsById(asks.stream().flatMap(ask -> ask.actionItems.stream())
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(ActionItemView::id, Function.identity()));
        return asks.stream().map(ask -> {
            List<YouSaidEntry> own = entries.getOrDefault(ask.id, List.of());
            return new YouSaidView(ask.id, ask.authority, ask.ask, ask.forum, ask.askedIn,
                    entriesOf(own, EntryKind.DONE), entriesOf(own, EntryKind.NEXT),
                    ask.actionItems.stream().map(items::get).filter(java.util.Objects::nonNull)
                            .map(item -> new YouSaidView.LinkedItem(item.id(), item.year(), item.letter(),
                                    item.what(), item.status()))
                            .toList(),
                    ask.version);
        }).toList();
    }

    private static List<YouSaidView.Entry> entriesOf(List<YouSaidEntry> entries, EntryKind kind) {
        return entries.stream().filter(entry -> entry.kind == kind)
                .map(entry -> new YouSaidView.Entry(entry.id, entry.date, entry.text)).toList();
    }
}
