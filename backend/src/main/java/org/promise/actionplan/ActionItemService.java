package org.promise.actionplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.audit.ChangeHistory;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.ApiException;
import org.promise.common.persistence.Stamps;
import org.promise.common.security.Caller;
import org.promise.common.time.Clocks;
import org.promise.indicator.Indicator;
import org.promise.indicator.IndicatorService;
import org.promise.period.Period;
import org.promise.scorecard.ScorecardService;
import org.promise.scorecard.ScorecardView;

/** One item: its page, its edits, its progress updates and the board's questions on it. */
@ApplicationScoped
public class ActionItemService {

    static final String QUESTION_AUDIT_TYPE = "item-question";

    private final ActionItemRepository items;
    private final ProgressUpdateRepository updates;
    private final ItemQuestionRepository questions;
    private final ActionItemViews views;
    private final ActionPlanService plans;
    private final ScorecardService scorecards;
    private final IndicatorService indicators;
    private final AuditService audit;
    private final Caller caller;
    private final Clock clock;
    private final Stamps stamps;

    public ActionItemService(ActionItemRepository items, ProgressUpdateRepository updates,
            ItemQuestionRepository questions, ActionItemViews views, ActionPlanService plans,
            ScorecardService scorecards, IndicatorService indicators, AuditService audit, Caller caller, Clock clock,
            Stamps stamps) {
        this.items = items;
        this.updates = updates;
        this.questions = questions;
        this.views = views;
        this.plans = plans;
        this.scorecards = scorecards;
        this.indicators = indicators;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
        this.stamps = stamps;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionItemDetail detail(long id) {
        ActionItem item = find(id);
        ActionItemView view = views.of(item);
        List<ActionItem> earlier = views.predecessorsOf(item);
        Map<Long, ActionPlan> earlierPlans = views.plansOf(earlier);
        Map<Long, ActionItem> earlierById = earlier.stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        List<ActionItemView.EarlierUpdate> history = updates.of(earlierById.keySet()).stream()
                .map(update -> new ActionItemView.EarlierUpdate(
                        ActionItemViews.ref(earlierById.get(update.itemId), earlierPlans),
                        ActionItemView.UpdateView.of(update)))
                .toList();
        return new ActionItemDetail(view, linkedIndicators(view), updatesOf(id), history,
                questions.of(id).stream().map(ActionItemView.QuestionView::of).toList());
    }

    /** The board's questions on these items that no officer has answered yet, the oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionItemView.AskedQuestion> unansweredOn(Collection<Long> itemIds) {
        return questions.unansweredOn(itemIds).stream()
                .map(question -> new ActionItemView.AskedQuestion(question.itemId, ActionItemView.QuestionView.of(
                        question)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionItemView.UpdateView> updatesOf(long id) {
        find(id);
        return updates.of(List.of(id)).stream().map(ActionItemView.UpdateView::of).toList();
    }

    /** Who changed the item and how, for its authority's insiders (its progress updates are shown as they are). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChangeHistory history(long id) {
        ActionItem item = find(id);
        caller.requireInsider(plans.find(item.planId).authority, "An action item's history");
        return audit.history(ActionPlanService.ITEM_AUDIT_TYPE, id);
    }

    @Transactional
    public ActionItemView replace(long id, String ifMatch, ActionItemInput input) {
        ActionItem item = find(id);
        ActionPlan plan = plans.find(item.planId);
        caller.requireWriteAccess(plan.authority);
        EntityTags.requireCurrent(ifMatch, item.version);
        if (input.letter() != null && !input.letter().equals(item.letter)
                && items.lettersIn(item.planId).contains(input.letter())) {
            throw ApiException.invalid("letter", "unique", "The " + Period.yearLabel(plan.startYear)
                    + " plan already has an item " + input.letter());
        }
        plans.checkIndicators(input.indicators());
        ActionItemView before = views.of(item);
        if (input.letter() != null) {
            item.letter = input.letter();
        }
        plans.apply(input, item);
        items.flush();
        ActionItemView after = views.of(item);
        audit.record(ActionPlanService.ITEM_AUDIT_TYPE, id, AuditAction.UPDATE, before, after);
        return after;
    }

    /** Adds to the item's history; the item takes the update's status. Nothing earlier is changed. */
    @Transactional
    public ActionItemView addUpdate(long id, String ifMatch, ProgressUpdateInput input) {
        ActionItem item = find(id);
        caller.requireWriteAccess(plans.find(item.planId).authority);
        EntityTags.requireCurrent(ifMatch, item.version);
        refuseIfFinished(item);
        if (input.status() == ItemStatus.CARRIED_FORWARD) {
            throw ApiException.invalid("status", "carry-forward-only", "An item is marked carried forward only by "
                    + "carrying its plan forward, which also adds it to next year's plan");
        }
        LocalDate today = views.today();
        LocalDate date = input.date() == null ? today : input.date();
        if (date.isAfter(today)) {
            throw ApiException.invalid("date", "not-in-future", "A progress update says what has happened, so its "
                    + "date cannot be after today (" + today + ")");
        }
        ProgressUpdate latest = updates.latestOf(List.of(id)).get(id);
        if (latest != null && date.isBefore(latest.date)) {
            throw ApiException.invalid("date", "not-before-latest", "The latest update is dated " + latest.date
                    + "; a new update cannot be dated before it");
        }
        ActionItemView before = views.of(item);
        record(item, date, caller.name(), input.text().strip(), input.status());
        items.flush();
        ActionItemView after = views.of(item);
        audit.record(ActionPlanService.ITEM_AUDIT_TYPE, id, AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional
    public ActionItemView.QuestionView ask(long id, TextInput input) {
        ActionItem item = find(id);
        String authority = plans.find(item.planId).authority;
        if (!caller.isInsider(authority)) {
            throw ApiException.forbidden("Only members and officers of " + authority + "'s board can ask about its "
                    + "action plan");
        }
        ItemQuestion question = new ItemQuestion();
        question.itemId = id;
        question.askedBy = caller.name();
        question.askedAt = Clocks.timestamp(clock);
        question.text = input.text().strip();
        questions.persistAndFlush(question);
        ActionItemView.QuestionView asked = ActionItemView.QuestionView.of(question);
        audit.record(QUESTION_AUDIT_TYPE, question.id, AuditAction.CREATE, null, asked);
        return asked;
    }

    @Transactional
    public ActionItemView.QuestionView answer(long id, long questionId, TextInput input) {
        ActionItem item = find(id);
        caller.requireWriteAccess(plans.find(item.planId).authority);
        // Locked until the answer is saved: a second officer answering at the same moment waits, then finds it
        // answered (409) rather than overwriting it.
        ItemQuestion question = questions.findByIdOptional(questionId, LockModeType.PESSIMISTIC_WRITE)
                .filter(q -> q.itemId == id)
                .orElseThrow(() -> ApiException.notFound("Item " + id + " has no question " + questionId));
        if (question.answer != null) {
            throw ApiException.of(ApiException.Kind.CONFLICT, "This question was answered by " + question.answeredBy
                    + "; answers are not overwritten, so add a progress update to say more");
        }
        ActionItemView.QuestionView before = ActionItemView.QuestionView.of(question);
        question.answer = input.text().strip();
        question.answeredBy = caller.name();
        question.answeredAt = Clocks.timestamp(clock);
        questions.flush();
        ActionItemView.QuestionView after = ActionItemView.QuestionView.of(question);
        audit.record(QUESTION_AUDIT_TYPE, questionId, AuditAction.UPDATE, before, after);
        return after;
    }

    /** Writes an update and moves the item to its status; the item's version moves with it. */
    void record(ActionItem item, LocalDate date, String author, String text, ItemStatus status) {
        ProgressUpdate update = new ProgressUpdate();
        update.itemId = item.id;
        update.date = date;
        update.author = author;
        update.text = text;
        update.status = status;
        update.createdAt = Clocks.timestamp(clock);
        updates.persist(update);
        item.status = status;
        stamps.changed(item);
    }

    private void refuseIfFinished(ActionItem item) {
        if (item.status == ItemStatus.COMPLETE) {
            throw ApiException.of(ApiException.Kind.CONFLICT, "Item " + item.letter + " is complete, so it takes no "
                    + "more progress updates; its history stays as it is");
        }
        if (item.status == ItemStatus.CARRIED_FORWARD) {
            String where = items.successorOf(item.id).map(next -> "item " + next.letter + " of the "
                    + Period.yearLabel(plans.find(next.planId).startYear) + " plan").orElse("next year's plan");
            throw ApiException.of(ApiException.Kind.CONFLICT, "Item " + item.letter + " was carried forward to "
                    + where + "; add progress updates there");
        }
    }

    /**
     * Each linked indicator as the newest scorecard with a figure for it shows it (with the caller's view of the
     * figures): indicators are measured at different times, so one year's card may not have them all.
     */
    private List<ActionItemDetail.LinkedIndicator> linkedIndicators(ActionItemView item) {
        if (item.indicators().isEmpty()) {
            return List.of();
        }
        Map<String, ScorecardView.Row> newest = new java.util.HashMap<>();
        for (ScorecardService.PeriodSummary period : scorecards.periodsWithData(item.authority())) {
            if (newest.keySet().containsAll(item.indicators())) {
                break;
            }
            scorecards.build(item.authority(), Period.parse(period.period()), java.util.Optional.empty()).groups()
                    .stream().flatMap(group -> group.rows().stream())
                    .filter(row -> item.indicators().contains(row.indicator()))
                    .filter(row -> row.value() != null || row.symbol() != null)
                    .forEach(row -> newest.putIfAbsent(row.indicator(), row));
        }
        Map<String, Indicator> catalogue = indicators.catalogue();
        return item.indicators().stream().map(code -> {
            ScorecardView.Row row = newest.get(code);
            if (row == null) {
                Indicator indicator = catalogue.get(code);
                return new ActionItemDetail.LinkedIndicator(code, indicator.name, indicator.unit, indicator.decimals,
                        null, null, null, null, null, null, null);
            }
            return new ActionItemDetail.LinkedIndicator(code, row.name(), row.unit(), row.decimals(), row.period(),
                    row.value(), row.symbol(), row.status(), row.target() == null ? null : row.target().value(),
                    row.rag(), row.ragReason());
        }).toList();
    }

    ActionItem find(long id) {
        return items.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("There is no action item " + id));
    }
}
