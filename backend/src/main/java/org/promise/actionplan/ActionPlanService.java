package org.promise.actionplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.promise.period.Period;
import org.promise.area.AreaService;
import org.promise.area.AreaView;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;
import org.promise.common.persistence.Stamps;
import org.promise.common.security.Caller;
import org.promise.indicator.IndicatorService;
import org.promise.indicator.Priority;

/** Plans and their items: action plans are public papers, so any signed-in caller reads every authority's. */
@ApplicationScoped
public class ActionPlanService {

    static final String PLAN_AUDIT_TYPE = "action-plan";
    static final String ITEM_AUDIT_TYPE = "action-item";

    /** Which of a plan's items to show; every filter left empty shows them all. */
    public record Filter(Optional<ItemStatus> status, Optional<Priority> priority, Optional<String> owner,
            boolean overdueOnly) {

        boolean accepts(ActionItemView item) {
            return status.map(wanted -> wanted == item.status()).orElse(true)
                    && priority.map(wanted -> wanted == item.priority()).orElse(true)
                    && owner.map(text -> item.owner() != null && item.owner().toLowerCase(Locale.ROOT)
                            .contains(text.strip().toLowerCase(Locale.ROOT))).orElse(true)
                    && (!overdueOnly || item.overdue());
        }
    }

    private final ActionPlanRepository plans;
    private final ActionItemRepository items;
    private final ActionItemViews views;
    private final AreaService areas;
    private final IndicatorService indicators;
    private final AuditService audit;
    private final Caller caller;
    private final Stamps stamps;

    public ActionPlanService(ActionPlanRepository plans, ActionItemRepository items, ActionItemViews views,
            AreaService areas, IndicatorService indicators, AuditService audit, Caller caller, Stamps stamps) {
        this.plans = plans;
        this.items = items;
        this.views = views;
        this.areas = areas;
        this.indicators = indicators;
        this.audit = audit;
        this.caller = caller;
        this.stamps = stamps;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionPlanView> list(String authority) {
        List<ActionPlan> found = plans.of(authority);
        Map<Long, List<ActionItemView>> itemsByPlan = views.of(items.inPlans(found.stream().map(plan -> plan.id)
                .toList())).stream().collect(Collectors.groupingBy(ActionItemView::planId));
        Map<String, String> authorityNames = areas.byCodes(found.stream().map(plan -> plan.authority)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(AreaView::code, AreaView::name));
        return found.stream().map(plan -> view(plan, itemsByPlan.getOrDefault(plan.id, List.of()),
                authorityNames.getOrDefault(plan.authority, plan.authority))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionPlanView get(long id) {
        ActionPlan plan = find(id);
        return view(plan, views.of(items.inPlan(id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionItemView.Page items(long id, Filter filter) {
        ActionPlan plan = find(id);
        List<ActionItemView> all = views.of(items.inPlan(id));
        return new ActionItemView.Page(view(plan, all), all.stream().filter(filter::accepts).toList());
    }

    /** The items of every plan of the authority, for features that summarise them (the dashboard). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionItemView> itemsOf(String authority) {
        return views.of(items.inPlans(plans.of(authority).stream().map(plan -> plan.id).toList()));
    }

    /** Items named by id, for features that link to them; unknown ids are left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionItemView> itemsById(java.util.Collection<Long> ids) {
        return views.of(items.byIds(ids));
    }

    @Transactional
    public ActionPlanView create(ActionPlanInput input) {
        caller.requireWriteAccess(input.authority());
        areas.requireLocalAuthority("authority", input.authority());
        if (plans.forYear(input.authority(), input.startYear()).isPresent()) {
            throw ApiException.of(ApiException.Kind.CONFLICT, input.authority() + " already has an action plan for "
                    + Period.yearLabel(input.startYear()) + "; there is one plan per authority and year");
        }
        ActionPlan plan = newPlan(input.authority(), input.startYear(),
                input.title() == null ? defaultTitle(input.startYear()) : input.title().strip());
        ActionPlanView created = view(plan, List.of());
        audit.record(PLAN_AUDIT_TYPE, plan.id, AuditAction.CREATE, null, created);
        return created;
    }

    @Transactional
    public ActionItemView addItem(long planId, ActionItemInput input) {
        // Items added at the same moment queue on the plan's row, so each takes the next free letter and position.
        ActionPlan plan = plans.findByIdOptional(planId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("There is no action plan " + planId));
        caller.requireWriteAccess(plan.authority);
        List<String> letters = items.lettersIn(planId);
        String letter = input.letter() == null ? PlanRules.nextLetter(letters) : input.letter();
        if (letters.contains(letter)) {
            throw ApiException.invalid("letter", "unique", "The " + Period.yearLabel(plan.startYear)
                    + " plan already has an item " + letter + "; leave the letter out to take the next one");
        }
        checkIndicators(input.indicators());
        ActionItem item = new ActionItem();
        item.planId = planId;
        item.letter = letter;
        item.position = items.nextPosition(planId);
        stamps.created(item);
        apply(input, item);
        items.persistAndFlush(item);
        ActionItemView created = views.of(item);
        audit.record(ITEM_AUDIT_TYPE, item.id, AuditAction.CREATE, null, created);
        return created;
    }

    /** Every unknown indicator code, each named by its place in the list. */
    void checkIndicators(List<String> codes) {
        if (codes == null) {
            return;
        }
        Set<String> known = indicators.catalogue().keySet();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!known.contains(codes.get(i))) {
                errors.add(new FieldError("indicators[" + i + "]", "unknown",
                        "There is no indicator " + codes.get(i) + " in the catalogue"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    void apply(ActionItemInput input, ActionItem item) {
        item.priority = input.priority();
        item.what = input.what().strip();
        item.how = input.how() == null ? new ArrayList<>() : new ArrayList<>(input.how());
        item.measures = input.measures() == null ? new ArrayList<>() : new ArrayList<>(input.measures());
        item.indicators.clear();
        if (input.indicators() != null) {
            item.indicators.addAll(input.indicators());
        }
        item.owner = input.owner() == null || input.owner().isBlank() ? null : input.owner().strip();
        item.dueDate = input.dueDate();
        stamps.changed(item);
    }

    ActionPlan newPlan(String authority, int startYear, String title) {
        ActionPlan plan = new ActionPlan();
        plan.authority = authority;
        plan.startYear = startYear;
        plan.title = title;
        stamps.created(plan);
        plans.persistAndFlush(plan);
        return plan;
    }

    static String defaultTitle(int startYear) {
        return "Action plan " + Period.yearLabel(startYear);
    }

    ActionPlan find(long id) {
        return plans.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("There is no action plan " + id));
    }

    private ActionPlanView view(ActionPlan plan, List<ActionItemView> planItems) {
        return view(plan, planItems, areas.find(plan.authority).map(AreaView::name).orElse(plan.authority));
    }

    private static ActionPlanView view(ActionPlan plan, List<ActionItemView> planItems, String authorityName) {
        Map<ItemStatus, Integer> counts = new EnumMap<>(ItemStatus.class);
        planItems.forEach(item -> counts.merge(item.status(), 1, Integer::sum));
        return new ActionPlanView(plan.id, plan.authority, authorityName, plan.startYear,
                Period.yearLabel(plan.startYear), plan.title, planItems.size(),
                counts.entrySet().stream().map(e -> new ActionPlanView.StatusCount(e.getKey(), e.getValue()))
                        .toList(),
                (int) planItems.stream().filter(ActionItemView::overdue).count(), plan.version);
    }
}
