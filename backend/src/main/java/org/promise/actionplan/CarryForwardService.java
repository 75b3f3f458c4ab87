package org.promise.actionplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.promise.period.Period;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.error.ApiException;
import org.promise.common.persistence.Stamps;
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
    private final Stamps stamps;

    public CarryForwardService(ActionPlanRepository plans, ActionItemRepository items, ActionPlanService planService,
            ActionItemService itemService, ActionItemViews views, AuditService audit, Caller caller, Stamps stamps) {
        this.plans = plans;
        this.items = items;
        this.planService = planService;
        this.itemService = itemService;
        this.views = views;
        this.audit = audit;
        this.caller = caller;
        this.stamps = stamps;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CarryForwardView.Preview preview(long planId) {
        ActionPlan from = planService.find(planId);
        Optional<ActionPlan> to = plans.forYear(from.authority, from.startYear + 1);
        List<ActionItem> moving = unfinished(planId);
        List<String> letters = PlanRules.nextLetters(to.map(plan -> items.lettersIn(plan.id)).orElse(List.of()),
                moving.size());
        List<CarryForwardView.Move> moves = new ArrayList<>();
        for (int i = 0; i < moving.size(); i++) {
            ActionItem item = moving.get(i);
            moves.add(new CarryForwardView.Move(item.id, item.letter, item.what, item.status, null, letters.get(i)));
        }
        return new CarryForwardView.Preview(from.id, Period.yearLabel(from.startYear),
                Period.yearLabel(from.startYear + 1), to.map(plan -> plan.id).orElse(null), to.isEmpty(), moves);
    }

    @Transactional
    public CarryForwardView.Result carry(long planId) {
        ActionPlan from = plans.lockForChange(planId)
                .orElseThrow(() -> ApiException.notFound("There is no action plan " + planId));
        caller.requireWriteAccess(from.authority);
        int nextYear = from.startYear + 1;
        String toYear = Period.yearLabel(nextYear);
        ActionPlan to = plans.forYear(from.authority, nextYear)
                .orElseGet(() -> planService.newPlan(from.authority, nextYear, nextTitle(from)));
        List<ActionItem> moving = unfinished(planId);
        List<ActionItemView> before = views.of(moving);
        List<String> letters = PlanRules.nextLetters(items.lettersIn(to.id), moving.size());
        int position = items.nextPosition(to.id);
        List<ActionItem> copies = new ArrayList<>();
        for (int i = 0; i < moving.size(); i++) {
            ActionItem item = moving.get(i);
            ActionItem next = copyInto(to, item, letters.get(i), position + i);
            items.persist(next);
            copies.add(next);
            itemService.record(item, views.today(), caller.name(),
                    "Carried forward to the " + toYear + " plan as item " + next.letter + ".",
                    ItemStatus.CARRIED_FORWARD);
        }
        items.flush();
        List<ActionItemView> after = views.of(moving);
        List<ActionItemView> created = views.of(copies);
        List<CarryForwardView.Move> carried = new ArrayList<>();
        List<AuditService.Change> changes = new ArrayList<>();
        for (int i = 0; i < moving.size(); i++) {
            ActionItem item = moving.get(i);
            ActionItem next = copies.get(i);
            changes.add(new AuditService.Change(String.valueOf(next.id), AuditAction.CREATE, null, created.get(i)));
            changes.add(new AuditService.Change(String.valueOf(item.id), AuditAction.UPDATE, before.get(i),
                    after.get(i)));
            carried.add(new CarryForwardView.Move(item.id, item.letter, item.what, before.get(i).status(), next.id,
                    next.letter));
        }
        audit.recordAll(ActionPlanService.ITEM_AUDIT_TYPE, changes);
        return new CarryForwardView.Result(from.id, to.id, toYear, carried);
    }

    /** The item as next year's plan takes it: the same content, due a year later, linked back. */
    private ActionItem copyInto(ActionPlan to, ActionItem item, String letter, int position) {
        ActionItem next = new ActionItem();
        next.planId = to.id;
        next.letter = letter;
        next.position = position;
        next.priority = item.priority;
        next.what = item.what;
        next.how = new ArrayList<>(item.how);
        next.measures = new ArrayList<>(item.measures);
        next.indicators.addAll(item.indicators);
        next.owner = item.owner;
        next.dueDate = item.dueDate == null ? null : item.dueDate.plusYears(1);
        next.carriedFromId = item.id;
        stamps.created(next);
        return next;
    }

    /** Items neither complete nor already carried forward, in the plan's order. */
    private List<ActionItem> unfinished(long planId) {
        return items.inPlan(planId).stream().filter(item -> !item.status.isFinished()).toList();
    }

    /** Next year's title: this year's with the year moved on, when it names the year. */
    private static String nextTitle(ActionPlan from) {
        String thisYear = Period.yearLabel(from.startYear);
        return from.title.contains(thisYear)
                ? from.title.replace(thisYear, Period.yearLabel(from.startYear + 1))
                : ActionPlanService.defaultTitle(from.startYear + 1);
    }
}
