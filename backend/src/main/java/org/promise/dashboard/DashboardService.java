package org.promise.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.promise.actionplan.ActionItemService;
import org.promise.actionplan.ActionItemView;
import org.promise.actionplan.ActionPlanService;
import org.promise.area.AreaService;
import org.promise.area.AreaView;
import org.promise.common.error.ApiException;
import org.promise.common.security.Caller;
import org.promise.common.security.Role;
import org.promise.common.sync.SyncQuery;
import org.promise.common.time.Clocks;
import org.promise.datacheck.DataCheckService;
import org.promise.meeting.MeetingSearch;
import org.promise.meeting.MeetingService;
import org.promise.meeting.MeetingStatus;
import org.promise.meeting.MeetingView;
import org.promise.minutes.ActionArisingService;
import org.promise.minutes.ActionArisingStatus;
import org.promise.minutes.ActionArisingView;
import org.promise.period.Period;
import org.promise.scorecard.Direction;
import org.promise.scorecard.Rag;
import org.promise.scorecard.ScorecardService;
import org.promise.scorecard.ScorecardView;

/**
 * The first page of a signed-in person: each part read through the service of the page it links to, as that page
 * reads it for the caller, so that its counts agree with the page.
 */
@ApplicationScoped
public class DashboardService {

    /** How an exempt item is named to a caller who is not one of the authority's own people. */
    static final String PRIVATE_ITEM = "Private item";

    /** Meetings read to find the next one that is not cancelled. */
    private static final int MEETINGS_LOOKED_AT = 10;

    private final AreaService areas;
    private final ScorecardService scorecards;
    private final ActionPlanService plans;
    private final ActionItemService items;
    private final MeetingService meetings;
    private final ActionArisingService actions;
    private final DataCheckService dataChecks;
    private final Caller caller;
    private final Clock clock;

    public DashboardService(AreaService areas, ScorecardService scorecards, ActionPlanService plans,
            ActionItemService items, MeetingService meetings, ActionArisingService actions,
            DataCheckService dataChecks, Caller caller, Clock clock) {
        this.areas = areas;
        this.scorecards = scorecards;
        this.plans = plans;
        this.items = items;
        this.meetings = meetings;
        this.actions = actions;
        this.dataChecks = dataChecks;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DashboardView build(String authorityCode) {
        AreaView authority = authorityOf(authorityCode);
        String code = authority.code();
        LocalDate today = Clocks.boardDate(clock);
        Optional<String> period = scorecards.periodsWithData(code).stream().filter(year -> year.values() > 0)
                .map(ScorecardService.PeriodSummary::period).findFirst();
        Optional<ScorecardView> scorecard = period.map(year -> scorecards.build(code, Period.parse(year),
                Optional.empty()));
        DashboardView.Meeting nextMeeting = nextMeeting(code, today);
        List<ActionItemView> planItems = plans.itemsOf(code);
        boolean forOfficers = caller.isInsider(code) && (caller.hasRole(Role.OFFICER) || caller.hasRole(Role.ADMIN));
        LocalDate dueBy = nextMeeting == null ? today : nextMeeting.date();
        return new DashboardView(code, authority.name(), today, caller.viewOf(code).name().toLowerCase(Locale.ROOT),
                period.orElse(null), nextMeeting, scorecard.map(DashboardService::summary).orElse(null),
                overdue(planItems, today), unanswered(planItems), actionsArising(code),
                forOfficers ? new DashboardView.FiguresDue(dueBy, scorecard.map(card -> figuresDue(card, dueBy))
                        .orElse(List.of())) : null,
                forOfficers ? new DashboardView.DataWarnings(dataChecks.list(code,
                        DataCheckService.StatusFilter.OPEN, null).size()) : null);
    }

    /** The authority asked for, or the caller's only one. */
    private AreaView authorityOf(String asked) {
        String code = asked;
        if (code == null) {
            Set<String> own = caller.authorities();
            if (own.size() != 1) {
                throw ApiException.invalid("authority", "required", own.isEmpty()
                        ? "Choose the council whose first page to show: you do not act for one"
                        : "Choose the council whose first page to show: you act for more than one");
            }
            code = own.iterator().next();
        }
        String named = code;
        return areas.findLocalAuthority(named).orElseThrow(() -> ApiException.notFound(
                named + " is not a local authority that Promise serves"));
    }

    private DashboardView.Meeting nextMeeting(String authority, LocalDate today) {
        return meetings.list(new MeetingSearch.Filter(authority, today, null, null, null, null, null, null,
                        SyncQuery.of(null, MEETINGS_LOOKED_AT, null))).items().stream()
                .filter(meeting -> meeting.status() != MeetingStatus.CANCELLED).findFirst()
                .map(summary -> meetings.get(summary.id()))
                .map(meeting -> new DashboardView.Meeting(meeting.id(), meeting.title(), meeting.date(),
                        meeting.agendaItems().stream().map(item -> agendaItem(authority, item)).toList()))
                .orElse(null);
    }

    private DashboardView.AgendaItem agendaItem(String authority, MeetingView.AgendaItemView item) {
        return new DashboardView.AgendaItem(item.number(),
                item.exempt() && !caller.isInsider(authority) ? PRIVATE_ITEM : item.title(), item.exempt());
    }

    static DashboardView.Scorecard summary(ScorecardView card) {
        List<ScorecardView.Row> rows = rows(card).toList();
        return new DashboardView.Scorecard(
                new DashboardView.RagCounts(count(rows, Rag.RED), count(rows, Rag.AMBER), count(rows, Rag.GREEN),
                        count(rows, Rag.NONE)),
                Stream.concat(rows.stream().filter(row -> row.rag() == Rag.RED),
                        rows.stream().filter(row -> row.rag() == Rag.AMBER)).map(DashboardService::indicator).toList(),
                rows.stream().filter(row -> row.direction() == Direction.DECLINING).map(DashboardService::indicator)
                        .toList());
    }

    private static Stream<ScorecardView.Row> rows(ScorecardView card) {
        return card.groups().stream().flatMap(group -> group.rows().stream());
    }

    private static long count(List<ScorecardView.Row> rows, Rag rag) {
        return rows.stream().filter(row -> row.rag() == rag).count();
    }

    private static DashboardView.Indicator indicator(ScorecardView.Row row) {
        return new DashboardView.Indicator(row.indicator(), nameOf(row), row.rag(), row.direction());
    }

    private static String nameOf(ScorecardView.Row row) {
        return row.plainName() != null ? row.plainName() : row.name();
    }

    static List<DashboardView.ActionItem> overdue(List<ActionItemView> planItems, LocalDate today) {
        return planItems.stream().filter(ActionItemView::overdue)
                .sorted(Comparator.comparing(ActionItemView::dueDate).thenComparing(ActionItemView::id))
                .map(item -> new DashboardView.ActionItem(item.id(), item.planId(), item.year(), item.letter(),
                        item.what(), item.owner(), item.dueDate(), ChronoUnit.DAYS.between(item.dueDate(), today)))
                .toList();
    }

    private List<DashboardView.Question> unanswered(List<ActionItemView> planItems) {
        var whatOf = planItems.stream().collect(java.util.stream.Collectors.toMap(ActionItemView::id,
                ActionItemView::what));
        return items.unansweredOn(whatOf.keySet()).stream()
                .map(asked -> new DashboardView.Question(asked.question().id(), asked.itemId(),
                        whatOf.get(asked.itemId()), asked.question().askedBy(), asked.question().askedAt(),
                        asked.question().text()))
                .toList();
    }

    /** Open actions arising, the late ones first, counted as the tracker counts them. */
    private DashboardView.ActionsArising actionsArising(String authority) {
        ActionArisingView.Page open = listed(authority, ActionArisingStatus.OPEN);
        List<DashboardView.ActionArising> stillOpen = Stream.concat(open.items().stream(),
                        listed(authority, ActionArisingStatus.IN_PROGRESS).items().stream())
                .sorted(Comparator.comparing((ActionArisingView action) -> !action.late())
                        .thenComparing(ActionArisingView::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ActionArisingView::id))
                .map(action -> new DashboardView.ActionArising(action.id(), action.description(), action.owner(),
                        action.dueDate(), action.late(), action.daysLate()))
                .toList();
        return new DashboardView.ActionsArising(open.counts().open(), open.counts().late(), stillOpen);
    }

    private ActionArisingView.Page listed(String authority, ActionArisingStatus status) {
        return actions.list(new ActionArisingService.Filter(authority, status, null,
                SyncQuery.of(null, SyncQuery.DEFAULT_LIMIT, null)));
    }

    static List<DashboardView.FigureDue> figuresDue(ScorecardView card, LocalDate dueBy) {
        return rows(card).flatMap(row -> DueFigures.assess(row.indicator(), nameOf(row),
                        row.history().stream().filter(reading -> reading.value() != null || reading.symbol() != null)
                                .map(ScorecardView.PeriodReading::period).toList(), dueBy).stream())
                .toList();
    }
}
