package org.promise.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.promise.actionplan.ActionItemView;
import org.promise.actionplan.ActionPlanService;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;
import org.promise.common.persistence.Stamps;
import org.promise.common.sync.TombstoneKind;
import org.promise.common.sync.Tombstones;
import org.promise.common.time.Clocks;
import org.promise.indicator.IndicatorService;
import org.promise.meeting.MeetingView.AgendaItemView;
import org.promise.report.ReportService;
import org.promise.report.ReportView;

/**
 * A meeting's agenda items. Each change is audited and moves the meeting's version and time, so that sync clients
 * see the meeting changed; an item that leaves the public's view (made exempt, or removed) leaves a tombstone, and
 * one made exempt fires {@link AgendaItemWentPrivate} for what the features above hang on it.
 */
@ApplicationScoped
public class AgendaItemService {

    static final String AUDIT_TYPE = "agenda-item";
    private static final int SCHEDULE_12A_PARAGRAPHS = 8;

    private final AgendaItemRepository repository;
    private final MeetingService meetings;
    private final MeetingReads reads;
    private final MeetingRecord record;
    private final IndicatorService indicators;
    private final ActionPlanService plans;
    private final ReportService reports;
    private final AuditService audit;
    private final Tombstones tombstones;
    private final Event<AgendaItemWentPrivate> wentPrivate;
    private final Stamps stamps;
    private final Clock clock;

    public AgendaItemService(AgendaItemRepository repository, MeetingService meetings, MeetingReads reads,
            MeetingRecord record, IndicatorService indicators, ActionPlanService plans, ReportService reports,
            AuditService audit, Tombstones tombstones, Event<AgendaItemWentPrivate> wentPrivate, Stamps stamps,
            Clock clock) {
        this.repository = repository;
        this.meetings = meetings;
        this.reads = reads;
        this.record = record;
        this.indicators = indicators;
        this.plans = plans;
        this.reports = reports;
        this.audit = audit;
        this.tombstones = tombstones;
        this.wentPrivate = wentPrivate;
        this.stamps = stamps;
        this.clock = clock;
    }

    @Transactional
    public AgendaItemView create(long meetingId, AgendaItemInput input) {
        Meeting meeting = meetings.lockForWrite(meetingId);
        int number = input.number() != null ? input.number()
                : meeting.agendaItems.stream().mapToInt(item -> item.number).max().orElse(0) + 1;
        checkRules(meeting, input, number, null);
        MeetingService.requireOpenRecord(meeting);
        AgendaItem item = new AgendaItem();
        item.meeting = meeting;
        item.position = meeting.agendaItems.size();
        apply(input, number, item);
        meeting.agendaItems.add(item);
        stamps.changed(meeting);
        repository.persistAndFlush(item);
        AgendaItemView created = reads.item(item);
        audit.record(AUDIT_TYPE, item.id, AuditAction.CREATE, null, created);
        return created;
    }

    @Transactional
    public AgendaItemView replace(long id, String ifMatch, AgendaItemInput input) {
        AgendaItem item = findForChange(id, ifMatch);
        if (input.number() == null) {
            throw ApiException.invalid("number", "required", "Give the item's number on the agenda");
        }
        checkRules(item.meeting, input, input.number(), item);
        MeetingService.requireOpenRecord(item.meeting);
        AgendaItemView before = reads.item(item);
        if (input.exempt() && !item.exempt) {
            // The public's copy of the item, and of what hangs on it, must go: to a sync client it is deleted.
            tombstones.record(TombstoneKind.AGENDA_ITEM, id, item.meeting.authority);
            wentPrivate.fire(new AgendaItemWentPrivate(id, item.meeting.authority));
        } else if (!input.exempt() && item.exempt) {
            // Tombstones describe the public's copy: the item is the public's again.
            tombstones.remove(TombstoneKind.AGENDA_ITEM, id);
        }
        apply(input, input.number(), item);
        stamps.changed(item.meeting);
        repository.flush();
        AgendaItemView after = reads.item(item);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        AgendaItem item = findForChange(id, ifMatch);
        MeetingService.requireOpenRecord(item.meeting);
        if (record.itemHasRecord(id)) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "Item " + item.number + " has a minute or resolutions:"
                    + " it is part of the board's record and stays");
        }
        if (item.meeting.declarations.stream().anyMatch(declaration -> declaration.agendaItem == item)) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "Interests were declared on item " + item.number
                    + ": they are part of the meeting's record; remove a declaration made in error first");
        }
        record.packPresentedAtItem(id).ifPresent(pack -> {
            throw pack.keeps("this agenda item (item " + item.number + ")");
        });
        Meeting meeting = item.meeting;
        audit.record(AUDIT_TYPE, id, AuditAction.DELETE, reads.item(item), null);
        tombstones.record(TombstoneKind.AGENDA_ITEM, id, meeting.authority);
        meeting.agendaItems.remove(item);
        stamps.changed(meeting);
        repository.flush();
    }

    /**
     * The item for a change: its meeting locked and written by the caller's authority, the item at the version the
     * caller read. An exempt item of another authority does not exist for its caller (404).
     */
    private AgendaItem findForChange(long id, String ifMatch) {
        AgendaItem found = repository.findByIdOptional(id).filter(reads::seesInFull)
                .orElseThrow(() -> ApiException.notFound("There is no agenda item " + id));
        Meeting meeting = meetings.lockForWrite(found.meeting.id);
        AgendaItem item = meeting.agendaItems.stream().filter(candidate -> candidate.id == id).findFirst()
                .orElseThrow(() -> ApiException.notFound("There is no agenda item " + id));
        EntityTags.requireCurrent(ifMatch, item.version);
        return item;
    }

    private void checkRules(Meeting meeting, AgendaItemInput input, int number, AgendaItem changing) {
        List<FieldError> errors = new ArrayList<>();
        if (input.exempt()) {
            if (input.exemptParagraph() != null
                    && (input.exemptParagraph() < 1 || input.exemptParagraph() > SCHEDULE_12A_PARAGRAPHS)) {
                errors.add(new FieldError("exemptParagraph", "range",
                        "Schedule 12A to the Local Government Act 1972 has paragraphs 1 to 8"));
            }
            if (MeetingService.isBlank(input.exemptReason())) {
                errors.add(new FieldError("exemptReason", "required",
                        "An exempt item needs the reason the public reads instead of it"));
            }
        } else {
            if (input.exemptParagraph() != null) {
                errors.add(new FieldError("exemptParagraph", "not-allowed",
                        "A public item has no exempt paragraph; make it exempt or leave the paragraph out"));
            }
            if (!MeetingService.isBlank(input.exemptReason())) {
                errors.add(new FieldError("exemptReason", "not-allowed",
                        "A public item has no exemption reason; make it exempt or leave the reason out"));
            }
        }
        checkLinks(meeting.authority, input, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        boolean taken = meeting.agendaItems.stream().anyMatch(item -> item != changing && item.number == number);
        if (taken) {
            throw ApiException.of(ApiException.Kind.CONFLICT, "The meeting has an item " + number + " already");
        }
    }

    /** Papers, indicators and action items must exist, the reports and plans in the meeting's own authority. */
    private void checkLinks(String authority, AgendaItemInput input, List<FieldError> errors) {
        List<AgendaItemInput.Paper> papers = input.papersGiven();
        Map<Long, ReportView> found = reports.visible(papers.stream().map(AgendaItemInput.Paper::report)
                .filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(ReportView::id, Function.identity()));
        for (int i = 0; i < papers.size(); i++) {
            Long report = papers.get(i).report();
            if (report != null && (!found.containsKey(report) || !found.get(report).authority().equals(authority))) {
                errors.add(new FieldError("papers[" + i + "].report", "unknown",
                        "There is no report " + report + " of this meeting's authority"));
            }
        }
        List<String> codes = input.indicatorsGiven();
        for (int i = 0; i < codes.size(); i++) {
            errors.addAll(indicators.unknownCodes("indicators[" + i + "]", List.of(codes.get(i))));
        }
        List<Long> ids = input.actionItemsGiven();
        Map<Long, ActionItemView> items = plans.itemsById(ids).stream()
                .collect(Collectors.toMap(ActionItemView::id, Function.identity()));
        for (int i = 0; i < ids.size(); i++) {
            ActionItemView item = items.get(ids.get(i));
            if (item == null || !item.authority().equals(authority)) {
                errors.add(new FieldError("actionItems[" + i + "]", "unknown",
                        "There is no action plan item " + ids.get(i) + " of this meeting's authority"));
            }
        }
    }

    private void apply(AgendaItemInput input, int number, AgendaItem item) {
        item.number = number;
        item.title = input.title().strip();
        item.description = MeetingService.blankToNull(input.description());
        item.exempt = input.exempt();
        item.exemptParagraph = input.exemptParagraph();
        item.exemptReason = MeetingService.blankToNull(input.exemptReason());
        item.papers.clear();
        for (AgendaItemInput.Paper given : input.papersGiven()) {
            AgendaPaper paper = new AgendaPaper();
            paper.agendaItem = item;
            paper.title = given.title().strip();
            paper.reportId = given.report();
            paper.position = item.papers.size();
            item.papers.add(paper);
        }
        item.indicators.clear();
        item.indicators.addAll(input.indicatorsGiven());
        Set<Long> actionItems = new LinkedHashSet<>(input.actionItemsGiven());
        item.actionItems.clear();
        item.actionItems.addAll(actionItems);
        item.updatedAt = Clocks.timestamp(clock);
    }
}
