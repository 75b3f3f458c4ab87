package org.promise.pack;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.promise.actionplan.ActionItemView;
import org.promise.actionplan.ActionPlanService;
import org.promise.common.time.Clocks;
import org.promise.datacheck.DataCheckService;
import org.promise.datacheck.DataCheckView;
import org.promise.indicator.IndicatorService;
import org.promise.indicator.IndicatorView;
import org.promise.pack.PackContent.Ask;
import org.promise.pack.PackContent.AskEntry;
import org.promise.pack.PackContent.Exceptions;
import org.promise.pack.PackContent.IndicatorWarning;
import org.promise.pack.PackContent.OverdueAction;
import org.promise.pack.PackContent.PackIndicator;
import org.promise.pack.PackContent.PriorityGroup;
import org.promise.pack.PackContent.Warning;
import org.promise.period.Period;
import org.promise.scorecard.ScorecardService;
import org.promise.scorecard.ScorecardView;
import org.promise.yousaid.YouSaidService;
import org.promise.yousaid.YouSaidView;

/**
 * A pack's content from the live data: the scorecard as the board sees it (its RAG ratings, reasons, directions and
 * comparators as the scorecard gives them), the open data-check warnings on its figures, the overdue items of the
 * authority's action plans and its "You said, we did" asks, with the officers' commentary.
 */
@ApplicationScoped
public class PackGenerator {

    private final ScorecardService scorecards;
    private final IndicatorService indicators;
    private final DataCheckService dataChecks;
    private final ActionPlanService plans;
    private final YouSaidService youSaid;
    private final Clock clock;

    public PackGenerator(ScorecardService scorecards, IndicatorService indicators, DataCheckService dataChecks,
            ActionPlanService plans, YouSaidService youSaid, Clock clock) {
        this.scorecards = scorecards;
        this.indicators = indicators;
        this.dataChecks = dataChecks;
        this.plans = plans;
        this.youSaid = youSaid;
        this.clock = clock;
    }

    /** The content now; the caller is one of the authority's insiders (checked before). */
    PackContent generate(String authority, Period period, Map<String, String> commentary) {
        ScorecardView card = scorecards.buildForTheBoard(authority, period);
        Map<String, String> definitions = indicators.list(Optional.empty()).stream()
                .filter(indicator -> indicator.definition() != null)
                .collect(Collectors.toMap(IndicatorView::code, IndicatorView::definition));
        // Warnings about the figure each indicator shows: its own period's, as the scorecard reads it.
        Map<String, List<DataCheckView>> warnings = dataChecks.list(authority, DataCheckService.StatusFilter.OPEN,
                null).stream().collect(Collectors.groupingBy(warning -> warning.indicator() + "|" + warning.period()));
        List<PriorityGroup> priorities = card.groups().stream().map(group -> new PriorityGroup(
                group.priority().wire(), group.title(), group.rows().stream().map(row -> PackRows.indicator(row,
                        definitions.get(row.indicator()), warnings.getOrDefault(row.indicator() + "|" + row.period(),
                                List.of()).stream().map(warning -> new Warning(warning.rule().wire(),
                                warning.sentence())).toList(), commentary.get(row.indicator()))).toList()))
                .toList();
        List<PackIndicator> all = priorities.stream().flatMap(group -> group.indicators().stream()).toList();
        Exceptions exceptions = new Exceptions(
                all.stream().flatMap(indicator -> PackRows.red(indicator).stream()).toList(),
                all.stream().flatMap(indicator -> PackRows.declining(indicator).stream()).toList(),
                overdueActions(authority),
                all.stream().flatMap(indicator -> indicator.dataWarnings().stream().map(warning ->
                        new IndicatorWarning(indicator.code(), indicator.name(), warning.rule(), warning.message())))
                        .toList());
        return new PackContent(Clocks.timestamp(clock), new PackContent.AuthorityRef(card.area(), card.areaName()),
                period.code(), PackRows.periodLabel(period), priorities, exceptions, asks(authority));
    }

    /** Every item of the authority's plans that is overdue today, plan by plan. */
    private List<OverdueAction> overdueActions(String authority) {
        ActionPlanService.Filter overdue = new ActionPlanService.Filter(Optional.empty(), Optional.empty(),
                Optional.empty(), true);
        return plans.list(authority).stream()
                .flatMap(plan -> plans.items(plan.id(), overdue).items().stream())
                .map(PackGenerator::overdueAction).toList();
    }

    private static OverdueAction overdueAction(ActionItemView item) {
        return new OverdueAction(item.id(), item.year(), item.letter(), item.what(), item.owner(), item.dueDate(),
                item.status().wire());
    }

    private List<Ask> asks(String authority) {
        return youSaid.list(authority).items().stream().map(ask -> new Ask(ask.ask(), ask.askedIn(), ask.forum(),
                entries(ask.done()), entries(ask.next()))).toList();
    }

    private static List<AskEntry> entries(List<YouSaidView.Entry> entries) {
        return entries.stream().map(entry -> new AskEntry(entry.date(), entry.text())).toList();
    }
}
