package org.promise.minutes;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.promise.common.sql.PlainSql;
import org.promise.common.sql.SqlParameters;
import org.promise.common.wire.WireValue;
import org.promise.meeting.MeetingKind;
import org.promise.meeting.MeetingReads;
import org.promise.meeting.MeetingRef;
import org.promise.meeting.MeetingStatus;
import org.promise.meeting.ReportRef;
import org.promise.meeting.ResolutionRef;
import org.promise.report.ReportType;

/**
 * The record's answers in plain SQL (decision 20): resolutions, actions and work programme items joined with the
 * meetings, agenda items and reports they point at, in one statement each rather than an entity and a lookup per
 * reference. Who may see what is the services' business: these read what they are asked for.
 */
@ApplicationScoped
public class MinutesReads {

    /** A meeting's reference, from a meeting table aliased {@code alias}: five columns. */
    private static String meetingColumns(String alias) {
        return alias + ".id, " + alias + ".meeting_date, " + alias + ".title, " + alias + ".kind, " + alias + ".status";
    }

    /** A resolution's reference: eight columns, from resolution {@code r}, agenda item {@code i}, meeting {@code m}. */
    private static String resolutionRefColumns(String r, String i, String m) {
        return r + ".id, " + meetingColumns(m) + ", " + i + ".number, " + r + ".number";
    }

    private static String resolutionRefJoins(String on, String r, String i, String m) {
        return " left join resolution " + r + " on " + r + ".id = " + on + " left join agenda_item " + i + " on " + i
                + ".id = " + r + ".agenda_item_id left join meeting " + m + " on " + m + ".id = " + i + ".meeting_id";
    }

    private static final String MOVES = "select mv.id, mv.item_id, mv.resolution_id, mv.reason, mv.moved_by,"
            + " mv.moved_at, " + meetingColumns("f") + ", " + meetingColumns("t") + ", "
            + resolutionRefColumns("r", "ri", "rm") + ", rm.authority_code, ri.exempt from work_programme_move mv"
            + " left join meeting f on f.id = mv.from_meeting_id left join meeting t on t.id = mv.to_meeting_id"
            + resolutionRefJoins("mv.resolution_id", "r", "ri", "rm");

    private static final String ACTIONS = "select a.id, a.authority_code, ar.name, a.description, a.owner,"
            + " a.due_date, a.status, a.evidence, a.closed_on, a.version, a.updated_at, "
            + resolutionRefColumns("r", "i", "m") + ", r.text, i.id, i.title"
            + " from action_arising a join area ar on ar.code = a.authority_code"
            + " join resolution r on r.id = a.resolution_id join agenda_item i on i.id = r.agenda_item_id"
            + " join meeting m on m.id = i.meeting_id";

    private static final String ITEMS = "select w.id, w.title, w.report_type, w.status, w.version, w.updated_at, "
            + meetingColumns("m") + ", " + resolutionRefColumns("r", "ri", "rm")
            + " from work_programme_item w left join meeting m on m.id = w.meeting_id"
            + resolutionRefJoins("w.added_by_resolution_id", "r", "ri", "rm");

    private final PlainSql sql;
    private final MeetingReads meetingReads;

    public MinutesReads(PlainSql sql, MeetingReads meetingReads) {
        this.sql = sql;
        this.meetingReads = meetingReads;
    }

    // --- resolutions ------------------------------------------------------------------------------------------

    /**
     * The resolutions of the agenda items, by item, each in its number's order with its actions and moves; a noted
     * report's title only where {@code seesReport} says the caller may read the report (by its authority and
     * visibility).
     */
    public Map<Long, List<ResolutionView>> resolutionsOfItems(Collection<Long> itemIds,
            ReportVisibility seesReport) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        record Row(long itemId, ResolutionView view) {
        }
        List<Row> rows = sql.list("select r.id, r.agenda_item_id, r.number, r.text, r.kind, r.vote, r.votes_for,"
                + " r.votes_against, r.abstentions, r.approves_minutes_of, r.created_at, " + meetingColumns("am")
                + ", rep.id, rep.title, rep.visibility, rep.authority_code from resolution r"
                + " left join meeting am on am.id = r.approves_meeting_id"
                + " left join report rep on rep.id = r.notes_report_id where r.agenda_item_id = any(?)"
                + " order by r.agenda_item_id, r.number nulls first, r.id", p -> p.ids(itemIds), row -> {
                    ReportRef report = row.getObject(17) == null
                            || !seesReport.sees(row.getString(20), "exempt".equals(row.getString(19))) ? null
                            : new ReportRef(row.getLong(17), row.getString(18));
                    return new Row(row.getLong(2), new ResolutionView(row.getLong(1), integer(row, 3),
                            row.getString(4), WireValue.stored(ResolutionKind.class, row.getString(5)),
                            WireValue.stored(Vote.class, row.getString(6)), integer(row, 7), integer(row, 8),
                            integer(row, 9), row.getObject(10, LocalDate.class), meetingRef(row, 12), report,
                            List.of(), List.of(), row.getObject(11, OffsetDateTime.class)));
                });
        List<Long> ids = rows.stream().map(row -> row.view().id()).toList();
        Map<Long, List<ActionArisingSummary>> actions = actionsOfResolutions(ids);
        Map<Long, List<WorkProgrammeMoveView>> moves = moves("mv.resolution_id", ids, ResolutionVisibility.ALL)
                .stream()
                .collect(Collectors.groupingBy(MoveRow::resolutionId, LinkedHashMap::new,
                        Collectors.mapping(MoveRow::view, Collectors.toList())));
        Map<Long, List<ResolutionView>> byItem = new LinkedHashMap<>();
        for (Row row : rows) {
            ResolutionView view = row.view();
            byItem.computeIfAbsent(row.itemId(), id -> new ArrayList<>()).add(new ResolutionView(view.id(),
                    view.number(), view.text(), view.kind(), view.vote(), view.votesFor(), view.votesAgainst(),
                    view.abstentions(), view.approvesMinutesOf(), view.approvesMeeting(), view.notesReport(),
                    actions.getOrDefault(view.id(), List.of()), moves.getOrDefault(view.id(), List.of()),
                    view.createdAt()));
        }
        return byItem;
    }

    /** Whether the caller may read a report of this authority, exempt or not. */
    @FunctionalInterface
    public interface ReportVisibility {
        boolean sees(String authority, boolean exempt);
    }

    /** Whether the caller may read a resolution of the authority made at a meeting in this status on this item. */
    @FunctionalInterface
    public interface ResolutionVisibility {
        ResolutionVisibility ALL = (authority, status, exempt) -> true;

        boolean reads(String authority, MeetingStatus meetingStatus, boolean exemptItem);
    }

    /** The resolution approving the meeting's minutes, where the caller may read it (as the meeting shows it). */
    public Optional<ResolutionRef> approvalOf(long meetingId) {
        return meetingReads.approvedBy(meetingId);
    }

    /** What the checks read of a meeting's resolutions. */
    public List<MeetingCheckRules.ResolutionFacts> resolutionFacts(long meetingId) {
        return sql.list("select r.agenda_item_id, r.kind, r.approves_minutes_of, r.approves_meeting_id"
                + " from resolution r join agenda_item i on i.id = r.agenda_item_id where i.meeting_id = ?"
                + " order by i.position, r.number nulls first, r.id", p -> p.id(meetingId),
                row -> new MeetingCheckRules.ResolutionFacts(row.getLong(1),
                        WireValue.stored(ResolutionKind.class, row.getString(2)), row.getObject(3, LocalDate.class),
                        (Long) row.getObject(4, Long.class)));
    }

    /** The actions the item's resolutions raised. */
    public List<Long> actionIdsOfItem(long agendaItemId) {
        return sql.list("select a.id from action_arising a join resolution r on r.id = a.resolution_id"
                + " where r.agenda_item_id = ? order by a.id", p -> p.id(agendaItemId), row -> row.getLong(1));
    }

    /** A report's authority, or nothing when there is no such report. */
    public Optional<String> reportAuthority(long id) {
        return sql.list("select authority_code from report where id = ?", p -> p.id(id), row -> row.getString(1))
                .stream().findFirst();
    }

    private Map<Long, List<ActionArisingSummary>> actionsOfResolutions(List<Long> resolutionIds) {
        if (resolutionIds.isEmpty()) {
            return Map.of();
        }
        record Row(long resolutionId, ActionArisingSummary summary) {
        }
        return sql.list("select resolution_id, id, description, owner, due_date, status from action_arising"
                + " where resolution_id = any(?) order by id", p -> p.ids(resolutionIds),
                row -> new Row(row.getLong(1), new ActionArisingSummary(row.getLong(2), row.getString(3),
                        row.getString(4), row.getObject(5, LocalDate.class),
                        WireValue.stored(ActionArisingStatus.class, row.getString(6))))).stream()
                .collect(Collectors.groupingBy(Row::resolutionId, Collectors.mapping(Row::summary,
                        Collectors.toList())));
    }

    // --- actions arising --------------------------------------------------------------------------------------

    /** One filter of the tracker's statement: its SQL and how it binds. */
    public record Condition(String sql, PlainSql.Binder binder) {
    }

    /** Actions meeting every condition, ordered by their last change then id, at most {@code limit}. */
    public List<ActionArisingView> actions(List<Condition> conditions, int limit, LocalDate today) {
        return sql.list(ACTIONS + where(conditions) + " order by a.updated_at, a.id limit ?", p -> {
            bind(p, conditions);
            p.integer(limit);
        }, row -> action(row, today));
    }

    /** Open, late and closed actions meeting the conditions. */
    public ActionArisingView.Counts actionCounts(List<Condition> conditions, LocalDate today) {
        return sql.list("select count(*) filter (where a.status in ('open', 'in-progress')),"
                + " count(*) filter (where a.status in ('open', 'in-progress') and a.due_date < ?),"
                + " count(*) filter (where a.status in ('done', 'dropped'))"
                + ACTIONS.substring(ACTIONS.indexOf(" from ")) + where(conditions), p -> {
                    p.date(today);
                    bind(p, conditions);
                }, row -> new ActionArisingView.Counts(row.getLong(1), row.getLong(2), row.getLong(3))).get(0);
    }

    private static ActionArisingView action(ResultSet row, LocalDate today) throws SQLException {
        ActionArisingStatus status = WireValue.stored(ActionArisingStatus.class, row.getString(7));
        LocalDate due = row.getObject(6, LocalDate.class);
        ResolutionRef resolution = resolutionRef(row, 12);
        return new ActionArisingView(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), due, status, ActionArisingRules.isLate(status, due, today),
                ActionArisingRules.daysLate(status, due, today), row.getString(8),
                row.getObject(9, LocalDate.class), resolution, row.getString(20), resolution.meeting(),
                new AgendaItemHeading(row.getLong(21), resolution.agendaItemNumber(), row.getString(22)),
                row.getLong(10), row.getObject(11, OffsetDateTime.class));
    }

    /** Bumps the time of the actions a meeting's resolutions created, which readers outside the authority now see. */
    public void touchActionsOfMeeting(long meetingId, OffsetDateTime at) {
        sql.list("update action_arising set updated_at = ? where resolution_id in (select r.id from resolution r"
                + " join agenda_item i on i.id = r.agenda_item_id where i.meeting_id = ?) returning id",
                p -> p.timestamp(at).id(meetingId), row -> row.getLong(1));
    }

    /**
     * Bumps the time of the work programme items a meeting's resolutions added or moved, whose reasons readers
     * outside the authority now see.
     */
    public void touchWorkProgrammeOfMeeting(long meetingId, OffsetDateTime at) {
        sql.list("update work_programme_item set updated_at = ? where id in (select w.id from work_programme_item w"
                + " left join work_programme_move mv on mv.item_id = w.id join resolution r on r.id = mv.resolution_id"
                + " or r.id = w.added_by_resolution_id join agenda_item i on i.id = r.agenda_item_id"
                + " where i.meeting_id = ?) returning id", p -> p.timestamp(at).id(meetingId), row -> row.getLong(1));
    }

    /** The work programme items the agenda item's resolutions added, and those they moved. */
    public List<Long> workProgrammeItemsAddedBy(long agendaItemId) {
        return sql.list("select w.id from work_programme_item w join resolution r on r.id = w.added_by_resolution_id"
                + " where r.agenda_item_id = ? order by w.id", p -> p.id(agendaItemId), row -> row.getLong(1));
    }

    // --- work programme ---------------------------------------------------------------------------------------

    /**
     * Work programme items meeting every condition, in the given order, at most {@code limit}, with their moves; a
     * move made by a resolution the caller may not read ({@code readsResolution}) shows neither its reason nor the
     * resolution. The resolution adding an item is {@code r}, its item {@code ri}, its meeting {@code rm}.
     */
    public List<WorkProgrammeItemView> workProgrammeItems(List<Condition> conditions, String orderBy, int limit,
            ResolutionVisibility readsResolution) {
        List<WorkProgrammeItemView> items = sql.list(ITEMS + where(conditions) + " order by " + orderBy + " limit ?",
                p -> {
                    bind(p, conditions);
                    p.integer(limit);
                }, row -> new WorkProgrammeItemView(row.getLong(1), row.getString(2),
                        WireValue.stored(ReportType.class, row.getString(3)),
                        WireValue.stored(WorkProgrammeStatus.class, row.getString(4)), meetingRef(row, 7), List.of(),
                        row.getObject(12) == null ? null : resolutionRef(row, 12), row.getLong(5),
                        row.getObject(6, OffsetDateTime.class)));
        if (items.isEmpty()) {
            return items;
        }
        Map<Long, List<WorkProgrammeMoveView>> moves = moves("mv.item_id",
                items.stream().map(WorkProgrammeItemView::id).toList(), readsResolution).stream()
                .collect(Collectors.groupingBy(MoveRow::itemId, Collectors.mapping(MoveRow::view,
                        Collectors.toList())));
        return items.stream().map(item -> new WorkProgrammeItemView(item.id(), item.title(), item.reportType(),
                item.status(), item.meeting(), moves.getOrDefault(item.id(), List.of()), item.addedBy(),
                item.version(), item.updatedAt())).toList();
    }

    private record MoveRow(long itemId, Long resolutionId, WorkProgrammeMoveView view) {
    }

    private List<MoveRow> moves(String column, List<Long> ids, ResolutionVisibility readsResolution) {
        return sql.list(MOVES + " where " + column + " = any(?) order by mv.moved_at, mv.id", p -> p.ids(ids), row -> {
            ResolutionRef resolution = row.getObject(17) == null ? null : resolutionRef(row, 17);
            boolean shown = resolution == null || readsResolution.reads(row.getString(25),
                    resolution.meeting().status(), row.getBoolean(26));
            return new MoveRow(row.getLong(2), (Long) row.getObject(3, Long.class),
                    new WorkProgrammeMoveView(row.getLong(1), meetingRef(row, 7), meetingRef(row, 12),
                            shown ? row.getString(4) : null, shown ? resolution : null, row.getString(5),
                            row.getObject(6, OffsetDateTime.class)));
        });
    }

    // --- rows -------------------------------------------------------------------------------------------------

    private static String where(List<Condition> conditions) {
        return conditions.isEmpty() ? "" : " where " + conditions.stream().map(Condition::sql)
                .collect(Collectors.joining(" and "));
    }

    private static void bind(SqlParameters parameters, List<Condition> conditions) {
        for (Condition condition : conditions) {
            condition.binder().bind(parameters);
        }
    }

    private static MeetingRef meetingRef(ResultSet row, int first) throws SQLException {
        if (row.getObject(first) == null) {
            return null;
        }
        return new MeetingRef(row.getLong(first), row.getObject(first + 1, LocalDate.class), row.getString(first + 2),
                WireValue.stored(MeetingKind.class, row.getString(first + 3)),
                WireValue.stored(MeetingStatus.class, row.getString(first + 4)));
    }

    private static ResolutionRef resolutionRef(ResultSet row, int first) throws SQLException {
        return new ResolutionRef(row.getLong(first), meetingRef(row, first + 1), row.getInt(first + 6),
                integer(row, first + 7));
    }

    private static Integer integer(ResultSet row, int column) throws SQLException {
        return row.getObject(column, Integer.class);
    }
}
