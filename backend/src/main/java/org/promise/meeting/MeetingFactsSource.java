package org.promise.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.promise.common.error.ApiException;
import org.promise.common.sql.PlainSql;
import org.promise.common.wire.WireValue;
import org.promise.meeting.MeetingFacts.AgendaItem;

/**
 * The meetings feature's window for the features above it (the board's record): what they read of meetings and
 * agenda items, and the one change they make, a meeting's minutes becoming approved. Plain SQL (decision 20), so
 * that the record's own plain-SQL reads in the same transaction see what this wrote.
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

    /** The meeting, or a 404. */
    public MeetingFacts existingMeeting(long id) {
        return meeting(id).orElseThrow(() -> ApiException.notFound("There is no meeting " + id));
    }

    /** The authority's meeting, or a 400 naming {@code field} when there is no such meeting of it. */
    public MeetingFacts meetingOf(String authority, long id, String field) {
        return meeting(id).filter(meeting -> meeting.authority().equals(authority))
                .orElseThrow(() -> ApiException.invalid(field, "unknown",
                        "There is no meeting " + id + " of " + authority));
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

    public Optional<AgendaItem> agendaItem(long id) {
        return sql.list("select " + ITEM_COLUMNS + " from agenda_item i where i.id = ?", p -> p.id(id),
                MeetingFactsSource::agendaItem).stream().findFirst();
    }

    /** The agenda item, or a 404. */
    public AgendaItem existingAgendaItem(long id) {
        return agendaItem(id).orElseThrow(() -> ApiException.notFound("There is no agenda item " + id));
    }

    /** A meeting's agenda items, in their order. */
    public List<AgendaItem> agendaItems(long meetingId) {
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
                p -> p.wire(MeetingStatus.MINUTES_APPROVED).timestamp(at).id(meetingId).wire(MeetingStatus.HELD),
                row -> row.getLong(1)).size() == 1;
    }

    private static MeetingFacts meeting(ResultSet row) throws SQLException {
        return new MeetingFacts(row.getLong(1), row.getString(2), row.getLong(3), row.getObject(4, LocalDate.class),
                WireValue.stored(MeetingStatus.class, row.getString(5)), row.getString(6),
                WireValue.stored(MeetingKind.class, row.getString(7)), row.getObject(8, LocalDate.class),
                row.getObject(9, LocalDate.class));
    }

    private static AgendaItem agendaItem(ResultSet row) throws SQLException {
        return new AgendaItem(row.getLong(1), row.getLong(2), row.getInt(3), row.getString(4),
                row.getString(5), row.getBoolean(6), (Integer) row.getObject(7, Integer.class));
    }
}
