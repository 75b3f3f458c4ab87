package org.promise.minutes;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.promise.common.sql.PlainSql;

/**
 * The record's one window on the meetings' tables (boards, meetings, agenda items): what it reads of them and the
 * one change it makes, a meeting's minutes becoming approved. Kept in one class so that it can be swapped for the
 * meetings feature's own service.
 */
@ApplicationScoped
public class MeetingFactsSource {

    private static final String MEETING_COLUMNS = "m.id, m.authority_code, m.board_id, m.meeting_date, m.status,"
            + " m.title, m.kind, m.agenda_published_on, m.next_meeting_date";
    private static final String ITEM_COLUMNS = "i.id, i.meeting_id, i.number, i.title, i.description, i.exempt,"
            + " i.exempt_paragraph";

    private final PlainSql sql;

    public MeetingFactsSource(PlainSql sql) {
        this.sql = sql;
    }

    public Optional<MeetingFacts> meeting(long id) {
        return sql.list("select " + MEETING_COLUMNS + " from meeting m where m.id = ?", p -> p.id(id),
                MeetingFactsSource::meeting).stream().findFirst();
    }

    /** The meeting, locked until the end of the transaction, so that writes to its record queue behind each other. */
    public Optional<MeetingFacts> lockedMeeting(long id) {
        return sql.list("select " + MEETING_COLUMNS + " from meeting m where m.id = ? for update", p -> p.id(id),
                MeetingFactsSource::meeting).stream().findFirst();
    }

    /** Every meeting of a board, in date order. */
    public List<MeetingFacts> meetingsOfBoard(long boardId) {
        return sql.list("select " + MEETING_COLUMNS + " from meeting m where m.board_id = ? order by m.meeting_date,"
                + " m.id", p -> p.id(boardId), MeetingFactsSource::meeting);
    }

    /** An authority's meetings dated from {@code from} to {@code to}, both included, in date order. */
    public List<MeetingFacts> meetingsOfAuthority(String authority, LocalDate from, LocalDate to) {
        return sql.list("select " + MEETING_COLUMNS + " from meeting m where m.authority_code = ?"
                + " and m.meeting_date between ? and ? order by m.meeting_date, m.id",
                p -> p.text(authority).date(from).date(to), MeetingFactsSource::meeting);
    }

    /** The authority's meetings from the day on, in date order. */
    public List<MeetingFacts> meetingsFrom(String authority, LocalDate day) {
        return sql.list("select " + MEETING_COLUMNS + " from meeting m where m.authority_code = ?"
                + " and m.meeting_date >= ? order by m.meeting_date, m.id",
                p -> p.text(authority).date(day), MeetingFactsSource::meeting);
    }

    public Optional<MeetingFacts.AgendaItem> agendaItem(long id) {
        return sql.list("select " + ITEM_COLUMNS + " from agenda_item i where i.id = ?", p -> p.id(id),
                MeetingFactsSource::agendaItem).stream().findFirst();
    }

    /** A meeting's agenda items, in their order. */
    public List<MeetingFacts.AgendaItem> agendaItems(long meetingId) {
        return sql.list("select " + ITEM_COLUMNS + " from agenda_item i where i.meeting_id = ?"
                + " order by i.position, i.number", p -> p.id(meetingId), MeetingFactsSource::agendaItem);
    }

    /**
     * Marks a held meeting's minutes approved, moving its version and time as any change of it does (sync clients
     * see it); false when the meeting was not held (approved already, or not yet held).
     */
    public boolean approveMinutes(long meetingId, OffsetDateTime at) {
        return sql.list("update meeting set status = ?, version = version + 1, updated_at = ?"
                + " where id = ? and status = ? returning id",
                p -> p.text(MeetingFacts.MINUTES_APPROVED).timestamp(at).id(meetingId).text(MeetingFacts.HELD),
                row -> row.getLong(1)).size() == 1;
    }

    private static MeetingFacts meeting(ResultSet row) throws SQLException {
        return new MeetingFacts(row.getLong(1), row.getString(2), row.getLong(3), row.getObject(4, LocalDate.class),
                row.getString(5), row.getString(6), row.getString(7), row.getObject(8, LocalDate.class),
                row.getObject(9, LocalDate.class));
    }

    private static MeetingFacts.AgendaItem agendaItem(ResultSet row) throws SQLException {
        return new MeetingFacts.AgendaItem(row.getLong(1), row.getLong(2), row.getInt(3), row.getString(4),
                row.getString(5), row.getBoolean(6), (Integer) row.getObject(7, Integer.class));
    }
}
