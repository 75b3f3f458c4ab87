package org.promise.actionplan;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.promise.period.Period;
import org.promise.actionplan.ActionItemView.ItemRef;
import org.promise.common.time.Clocks;
import org.promise.indicator.IndicatorService;

/** Builds item views for a whole plan in a fixed number of queries, however many items it has. */
@ApplicationScoped
class ActionItemViews {

    private final ActionPlanRepository plans;
    private final ActionItemRepository items;
    private final ProgressUpdateRepository updates;
    private final IndicatorService indicators;

    private final Clock clock;

    ActionItemViews(ActionPlanRepository plans, ActionItemRepository items, ProgressUpdateRepository updates,
            IndicatorService indicators, Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.items = items;
        this.updates = updates;
        this.indicators = indicators;
    }

    /** Boards meet in England: an item is overdue by the calendar in London. */
    LocalDate today() {
        return Clocks.boardDate(clock);
    }

    ActionItemView of(ActionItem item) {
        return of(List.of(item)).get(0);
    }

    List<ActionItemView> of(List<ActionItem> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = list.stream().map(item -> item.id).collect(Collectors.toSet());
        Map<Long, ActionItem> successors = items.successorsOf(ids);
        Map<Long, ActionItem> predecessors = items.byIds(list.stream().map(item -> item.carriedFromId)
                .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(item -> item.id, Function.identity()));
        Map<Long, ProgressUpdate> latest = updates.latestOf(ids);
        Set<Long> planIds = new HashSet<>();
        list.forEach(item -> planIds.add(item.planId));
        successors.values().forEach(item -> planIds.add(item.planId));
        predecessors.values().forEach(item -> planIds.add(item.planId));
        Map<Long, ActionPlan> plansById = plans.byIds(planIds).stream()
                .collect(Collectors.toMap(plan -> plan.id, Function.identity()));
        LocalDate today = today();
        Set<String> hidden = list.stream().anyMatch(item -> !item.indicators.isEmpty())
                ? indicators.codesHiddenFromCaller() : Set.of();
        return list.stream().map(item -> {
            ActionPlan plan = plansById.get(item.planId);
            ActionItem from = item.carriedFromId == null ? null : predecessors.get(item.carriedFromId);
            ActionItem to = successors.get(item.id);
            ProgressUpdate last = latest.get(item.id);
            return new ActionItemView(item.id, item.planId, plan.authority, Period.yearLabel(plan.startYear),
                    item.letter, item.priority, item.priority.title(), item.what, List.copyOf(item.how),
                    List.copyOf(item.measures),
                    item.indicators.stream().filter(code -> !hidden.contains(code)).sorted().toList(), item.owner,
                    item.dueDate, item.status,
                    PlanRules.isOverdue(item.dueDate, item.status, today), ref(from, plansById), ref(to, plansById),
                    last == null ? null : ActionItemView.UpdateView.of(last), item.version);
        }).toList();
    }

    /** The earlier items this one continues, nearest first, following carry-forward links back. */
    List<ActionItem> predecessorsOf(ActionItem item) {
        List<ActionItem> chain = new ArrayList<>();
        Long previous = item.carriedFromId;
        while (previous != null) {
            ActionItem earlier = items.findById(previous);
            chain.add(earlier);
            previous = earlier.carriedFromId;
        }
        return chain;
    }

    Map<Long, ActionPlan> plansOf(Collection<ActionItem> list) {
        return plans.byIds(list.stream().map(item -> item.planId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(plan -> plan.id, Function.identity()));
    }

    static ItemRef ref(ActionItem item, Map<Long, ActionPlan> plansById) {
        return item == null ? null
                : new ItemRef(item.id, item.planId, Period.yearLabel(plansById.get(item.planId).startYear),
                        item.letter);
    }
}
