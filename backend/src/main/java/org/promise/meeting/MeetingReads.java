package org.promise.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.promise.actionplan.ActionItemView;
import org.promise.actionplan.ActionPlanService;
import org.promise.area.AreaService;
import org.promise.area.AreaView;
import org.promise.board.BoardService;
import org.promise.board.BoardView;
import org.promise.common.security.Caller;
import org.promise.common.sql.PlainSql;
import org.promise.common.wire.WireValue;
import org.promise.indicator.Indicator;
import org.promise.indicator.IndicatorService;
import org.promise.meeting.MeetingView.ActionItemRef;
import org.promise.meeting.MeetingView.AgendaItemView;
import org.promise.meeting.MeetingView.AttendanceEntryView;
import org.promise.meeting.MeetingView.DeclarationView;
import org.promise.meeting.MeetingView.IndicatorRef;
import org.promise.meeting.MeetingView.PaperView;
import org.promise.report.ReportService;
import org.promise.report.ReportView;

/**
 * A meeting as one caller sees it (decision 30): the meeting, its attendance and its public items for everyone; an
 * exempt item in full, and the declarations on it, only for the authority's insiders, and for everyone else only
 * its number, title, paragraph and reason. A paper's report is named only where the caller may read the report.
 */
@ApplicationScoped
public class MeetingReads {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Caller caller;
    private final BoardService boards;
    private final AreaService areas;
    private final IndicatorService indicators;
    private final ActionPlanService plans;
    private final ReportService reports;
    private final PlainSql sql;

    public MeetingReads(Caller caller, BoardService boards, AreaService areas, IndicatorService indicators,
            ActionPlanService plans, ReportService reports, PlainSql sql) {
        this.caller = caller;
        this.boards = boards;
        this.areas = areas;
        this.indicators = indicators;
        this.plans = plans;
        this.reports = reports;
        this.sql = sql;
    }

    /** Whether the item exists in full for this caller. */
    boolean seesInFull(AgendaItem item) {
        return seesInFull(item.exempt, item.meeting.authority);
    }

    /** The same, for an item read as a row: public, or exempt of an authority the caller is an insider of. */
    boolean seesInFull(boolean exempt, String authority) {
        return !exempt || caller.isInsider(authority);
    }

    MeetingView view(Meeting meeting) {
        BoardView board = boards.get(meeting.boardId);
        List<AgendaItem> items = meeting.agendaItems;
        List<AgendaItemView> agenda = items(items);
        List<DeclarationView> declarations = meeting.declarations.stream()
                .filter(declaration -> declaration.agendaItem == null || seesInFull(declaration.agendaItem))
                .map(MeetingReads::declaration).toList();
        List<AttendanceEntryView> attendance = meeting.attendance.stream().map(entry -> new AttendanceEntryView(
                entry.id, entry.name, entry.capacity, entry.presence, entry.substituteFor, entry.roleTitle,
                entry.voting, entry.boardMember)).toList();
        QuorumRule.QuorumCheck quorum = QuorumRule.check(board.quorum(), meeting.attendance.stream()
                .map(entry -> new QuorumRule.Attendee(entry.presence, entry.voting)).toList());
        return new MeetingView(meeting.id, meeting.authority, authorityName(meeting.authority),
                new MeetingView.BoardRef(board.id(), board.name()), meeting.kind, meeting.title, meeting.date,
                time(meeting.startTime), time(meeting.closeTime), meeting.venue, meeting.livestreamUrl,
                meeting.status, meeting.cancelledReason, meeting.agendaPublishedOn, meeting.nextMeetingDate,
                (int) items.stream().filter(this::seesInFull).count(), agenda, attendance, declarations, quorum,
                approvedBy(meeting.id).orElse(null),
                meeting.updatedAt, meeting.version);
    }

    AgendaItemView item(AgendaItem item) {
        return items(List.of(item)).get(0);
    }

    static DeclarationView declaration(Declaration declaration) {
        return new DeclarationView(declaration.id, declaration.agendaItem == null ? null
                : new AgendaItemRef(declaration.agendaItem.id, declaration.agendaItem.number),
                declaration.memberName, declaration.kind, declaration.interest, declaration.dispensation);
    }

    static String time(LocalTime time) {
        return time == null ? null : TIME.format(time);
    }

    String authorityName(String code) {
        return areas.find(code).map(AreaView::name).orElse(code);
    }

    /**
     * Whether a list's filter names a report or an indicator this caller may not see (a draft or exempt report of
     * another authority, an internal-only indicator): such a filter matches nothing, as an unknown one does, so that
     * trying ids in turn does not tell an outsider which hidden reports exist and where they are tabled.
     */
    boolean filtersOnHidden(MeetingSearch.Filter filter) {
        return filter.report() != null && reports.visible(List.of(filter.report())).isEmpty()
                || filter.indicator() != null && indicators.codesHiddenFromCaller().contains(filter.indicator());
    }

    /** The items in agenda order, each as the caller sees it; what they link to read once for all of them. */
    private List<AgendaItemView> items(List<AgendaItem> items) {
        List<AgendaItem> full = items.stream().filter(this::seesInFull).toList();
        // Every linked code is in the catalogue (a foreign key); those the caller may not see are left out.
        Map<String, Indicator> listed = full.stream().anyMatch(item -> !item.indicators.isEmpty())
                ? indicators.listed(indicators.catalogue()) : Map.of();
        Map<Long, ActionItemView> actionItems = byId(plans.itemsById(full.stream()
                .flatMap(item -> item.actionItems.stream()).distinct().toList()), ActionItemView::id);
        Map<Long, ReportView> visibleReports = byId(reports.visible(full.stream()
                .flatMap(item -> item.papers.stream()).map(paper -> paper.reportId).filter(Objects::nonNull)
                .distinct().toList()), ReportView::id);
        return items.stream().map(item -> {
            if (!seesInFull(item)) {
                return new AgendaItemView(item.id, item.number, item.title, null, true, item.exemptParagraph,
                        item.exemptReason, List.of(), List.of(), List.of(), item.version, item.updatedAt);
            }
            List<PaperView> papers = item.papers.stream().map(paper -> new PaperView(paper.id, paper.title,
                    Optional.ofNullable(paper.reportId).map(visibleReports::get)
                            .map(report -> new ReportRef(report.id(), report.title())).orElse(null))).toList();
            List<IndicatorRef> indicatorRefs = item.indicators.stream().filter(listed::containsKey)
                    .map(code -> new IndicatorRef(code, listed.get(code).name)).toList();
            List<ActionItemRef> actionItemRefs = item.actionItems.stream().map(actionItems::get)
                    .filter(Objects::nonNull)
                    .map(found -> new ActionItemRef(found.id(), found.year(), found.letter(), found.what())).toList();
            return new AgendaItemView(item.id, item.number, item.title, item.description, item.exempt,
                    item.exemptParagraph, item.exemptReason, papers, indicatorRefs, actionItemRefs, item.version,
                    item.updatedAt);
        }).toList();
    }

    private static <T> Map<Long, T> byId(Collection<T> things, Function<T, Long> id) {
        return things.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /**
     * Whether the caller may read a resolution of the authority, made at a meeting in this status on this item (and
     * with it its minute, its actions and the reasons of its work programme changes): the authority's insiders
     * always; everyone else once the meeting's minutes are approved, and only on a public item.
     */
    public boolean mayReadResolution(String authority, MeetingStatus meetingStatus, boolean exemptItem) {
        return caller.isInsider(authority) || meetingStatus == MeetingStatus.MINUTES_APPROVED && !exemptItem;
    }

    /**
     * The resolution of a later meeting that approved this meeting's minutes, where the caller may read it: an
     * insider of its authority always, anyone else once the minutes of its meeting are approved and its item is
     * public. The meeting's {@code minutesApprovedBy} and its minutes' {@code approvedBy} both answer from here.
     */
    public Optional<ResolutionRef> approvedBy(long meetingId) {
        return sql.list("""
                select r.id, r.number, i.number as item_number, i.exempt, m.id as meeting_id, m.meeting_date,
                       m.title, m.kind, m.status, m.authority_code
                from resolution r join agenda_item i on i.id = r.agenda_item_id join meeting m on m.id = i.meeting_id
                where r.approves_meeting_id = ? and r.kind = 'approve-minutes' order by r.id""",
                parameters -> parameters.id(meetingId),
                row -> !mayReadResolution(row.getString("authority_code"),
                        WireValue.stored(MeetingStatus.class, row.getString("status")), row.getBoolean("exempt")) ? null
                        : new ResolutionRef(row.getLong("id"), new MeetingRef(row.getLong("meeting_id"),
                                row.getObject("meeting_date", LocalDate.class), row.getString("title"),
                                WireValue.stored(MeetingKind.class, row.getString("kind")),
                                WireValue.stored(MeetingStatus.class, row.getString("status"))),
                                row.getInt("item_number"), row.getObject("number", Integer.class)))
                .stream().filter(Objects::nonNull).findFirst();
    }
}
