package org.promise.actionplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.error.ApiException;
import org.promise.common.security.Caller;

/**
 * Carries a plan's unfinished items into the next year's plan in one transaction. Each carried item links back to
 * the one it continues, which is marked carried forward, so doing it twice moves nothing twice.
 */
@ApplicationScoped
public class CarryForwardService {

    private final ActionPlanRepository plans;
    private final ActionItemRepository items;
    private final ActionPlanService planService;
    private final ActionItemService itemService;
    private final ActionItemViews views;
    private final AuditService audit;
    private final Caller caller;

    public CarryForwardService(ActionPlanRepository plans, ActionItemRepository items, ActionPlanService planService,
            ActionItemService itemService, ActionItemViews views, AuditService audit, Caller caller) {
        this.plans = plans;
        this.items = items;
        this.planService = planService;
        this.itemService = itemService;
        this.views = views;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CarryForwardView.Preview preview(long planId) {
        ActionPlan from = planService.find(planId);
        Optional<ActionPlan> to = plans.forYear(from.authority, from.startYear + 1);
        List<String> letters = new ArrayList<>(to.map(plan -> items.lettersIn(plan.id)).orElse(List.of()));
        List<CarryForwardView.Move> moves = unfinished(planId).stream().map(item -> {
            String letter = PlanRules.nextLetter(letters);
            letters.add(letter);
            return new CarryForwardView.Move(item.id, item.letter, item.what, item.status, null, letter);
        }).toList();
        return new CarryForwardView.Preview(from.id, PlanRules.yearLabel(from.startYear),
                PlanRules.yearLabel(from.startYear + 1), to.map(plan -> plan.id).orElse(null), to.isEmpty(), moves);
    }

    @Transactional
    public CarryForwardView.Result carry(long planId) {
        ActionPlan from = plans.lockForChange(planId)
                .orElseThrow(() -> ApiException.notFound("There is no action plan " + planId));
        caller.requireWriteAccess(from.authority);
        int nextYear = from.startYear + 1;
        String toYear = PlanRules.yearLabel(nextYear);
        ActionPlan to = plans.forYear(from.authority, nextYear)
                .orElseGet(() -> planService.newPlan(from.authority, nextYear, nextTitle(from)));
        List<String> letters = new ArrayList<>(items.lettersIn(to.id));
        int position = items.nextPosition(to.id);
        List<CarryForwardView.Move> carried = new ArrayList<>();
        List<AuditService.Change> changes = new ArrayList<>();
        for (ActionItem item : unfinished(planId)) {
            ActionItemView before = views.of(item);
            ActionItem next = new ActionItem();
            next.planId = to.id;
            next.letter = PlanRules.nextLetter(letters);
            letters.add(next.letter);
            next.position = position++;
            next.priority = item.priority;
            next.what = item.what;
            next.how = new ArrayList<>(item.how);
            next.measures = new ArrayList<>(item.measures);
            next.indicators.addAll(item.indicators);
            next.owner = item.owner;
            next.dueDate = item.dueDate == null ? null : item.dueDate.plusYears(1);
            next.carriedFromId = item.id;
            next.createdAt = ActionPlanService.now();
            next.updatedAt = next.createdAt;
            items.persist(next);
            itemService.record(item, ActionItemViews.today(), caller.name(),
                    "Carried forward to the " + toYear + " plan as item " + next.letter + ".",
                    ItemStatus.CARRIED_FORWARD);
            items.flush();
            changes.add(new AuditService.Change(String.valueOf(next.id), AuditAction.CREATE, null, views.of(next)));
            changes.add(new AuditService.Change(String.valueOf(item.id), AuditAction.UPDATE, before, views.of(item)));
            carried.add(new CarryForwardView.Move(item.id, item.letter, item.what, before.status(), next.id,
                    next.letter));
        }
        audit.recordAll(ActionPlanService.ITEM_AUDIT_TYPE, changes);
        return new CarryForwardView.Result(from.id, to.id, toYear, carried);
    }

    /** Items neither complete nor already carried forward, in the plan's order. */
    private List<ActionItem> unfinished(long planId) {
        return items.inPlan(planId).stream().filter(item -> !item.status.isFinished()).toList();
    }

    /** Next year's title: this year's with the year moved on, when it names the year. */
    private static String nextTitle(ActionPlan from) {
        String thisYear = PlanRules.yearLabel(from.startYear);
        return from.title.contains(thisYear)
                ? from.title.replace(thisYear, PlanRules.yearLabel(from.startYear + 1))
                : ActionPlanService.defaultTitle(from.startYear + 1);
    }
}
