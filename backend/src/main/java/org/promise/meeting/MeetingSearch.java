package org.promise.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.promise.common.security.Caller;
import org.promise.common.security.Role;
import org.promise.common.sql.PlainSql;
import org.promise.common.sync.SyncCursor;
import org.promise.common.sync.SyncPage;
import org.promise.common.sync.SyncQuery;
import org.promise.common.wire.WireValue;
import org.promise.meeting.MeetingView.Summary;

/**
 * The meetings list in one statement (decision 20): the filters, the agenda items the caller may see counted, and a
 * page read after the cursor's key, by date or (for sync) by when the meeting changed.
 */
@ApplicationScoped
public class MeetingSearch {

    /** What a list asks for; null where it does not filter. */
    public record Filter(String authority, LocalDate from, LocalDate to, MeetingStatus status, MeetingKind kind,
            String indicator, Long actionItem, Long report, SyncQuery sync) {
    }

    /** An agenda item the caller may see: public, or exempt of an authority they are an insider of. */
    private static final String VISIBLE_ITEM = "(not i.exempt or ? or m.authority_code = any (?))";

    private final PlainSql sql;
    private final Caller caller;

    public MeetingSearch(PlainSql sql, Caller caller) {
        this.sql = sql;
        this.caller = caller;
    }

    SyncPage<Summary> page(Filter filter) {
        SyncQuery sync = filter.sync();
        boolean changes = sync.changes();
        SyncCursor after = sync.after();
        String order = changes ? "m.updated_at, m.id" : "m.meeting_date, m.id";
        boolean admin = caller.hasRole(Role.ADMIN);
        List<String> insiderOf = List.copyOf(caller.insiderAuthorities());
        String statement = """
                select m.id, m.authority_code, a.name as authority_name, b.id as board_id, b.name as board_name,
                       m.kind, m.title, m.meeting_date, m.start_time, m.venue, m.status, m.updated_at, m.version,
                       (select count(*) from agenda_item i where i.meeting_id = m.id and %1$s) as item_count
                from meeting m join board b on b.id = m.board_id join area a on a.code = m.authority_code
                where (?::text is null or m.authority_code = ?)
                  and (?::date is null or m.meeting_date >= ?) and (?::date is null or m.meeting_date <= ?)
                  and (?::text is null or m.status = ?) and (?::text is null or m.kind = ?)
                  and (?::text is null or exists (select 1 from agenda_item i join agenda_item_indicator x
                       on x.agenda_item_id = i.id where i.meeting_id = m.id and x.indicator_code = ? and %1$s))
                  and (?::bigint is null or exists (select 1 from agenda_item i join agenda_item_action_item x
                       on x.agenda_item_id = i.id where i.meeting_id = m.id and x.action_item_id = ? and %1$s))
                  and (?::bigint is null or exists (select 1 from agenda_item i join agenda_paper x
                       on x.agenda_item_id = i.id where i.meeting_id = m.id and x.report_id = ? and %1$s))
                  and %2$s and %3$s
                order by %4$s limit ?""".formatted(VISIBLE_ITEM,
                changes ? "m.updated_at > ?" : "(?::timestamptz is null)",
                after == null ? "(?::text is null)" : changes ? "(m.updated_at, m.id) > (?, ?)"
                        : "(m.meeting_date, m.id) > (?, ?)",
                order);
        List<Summary> rows = sql.list(statement, parameters -> {
            parameters.flag(admin).texts(insiderOf)
                    .text(filter.authority()).text(filter.authority())
                    .date(filter.from()).date(filter.from()).date(filter.to()).date(filter.to())
                    .wire(filter.status()).wire(filter.status()).wire(filter.kind()).wire(filter.kind())
                    .text(filter.indicator()).text(filter.indicator()).flag(admin).texts(insiderOf);
            parameters.optionalId(filter.actionItem()).optionalId(filter.actionItem()).flag(admin).texts(insiderOf)
                    .optionalId(filter.report()).optionalId(filter.report()).flag(admin).texts(insiderOf)
                    .timestamp(sync.modifiedSince());
            if (after == null) {
                parameters.text(null);
            } else if (changes) {
                parameters.timestamp(after.changedAt()).id(after.id());
            } else {
                parameters.date(after.date()).id(after.id());
            }
            parameters.integer(sync.limit() + 1);
        }, MeetingSearch::summary);
        return SyncPage.of(rows, sync.limit(), changes
                ? summary -> SyncCursor.after(summary.updatedAt(), summary.id())
                : summary -> SyncCursor.after(summary.date(), summary.id()));
    }

    private static Summary summary(ResultSet row) throws SQLException {
        return new Summary(row.getLong("id"), row.getString("authority_code"), row.getString("authority_name"),
                new MeetingView.BoardRef(row.getLong("board_id"), row.getString("board_name")),
                WireValue.stored(MeetingKind.class, row.getString("kind")), row.getString("title"),
                row.getObject("meeting_date", LocalDate.class),
                MeetingReads.time(row.getObject("start_time", LocalTime.class)), row.getString("venue"),
                WireValue.stored(MeetingStatus.class, row.getString("status")), row.getInt("item_count"),
                row.getObject("updated_at", OffsetDateTime.class), row.getLong("version"));
    }
}
