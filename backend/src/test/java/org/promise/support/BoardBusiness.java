package org.promise.support;

import io.quarkus.arc.Arc;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Boards, meetings and agenda items for the record's tests, written straight to the database (the record reads
 * them and never writes them, but for a meeting's status), in a test class's own scratch authority.
 */
public final class BoardBusiness {

    private static final AtomicInteger BOARDS = new AtomicInteger();

    private BoardBusiness() {
    }

    /** A record test class's setting: its own scratch authority, an officer of it and a board, and another one. */
    public record Setting(String own, String other, String officer, long board) {

        public static Setting of(Class<?> testClass) {
            String own = ScratchAuthority.create(testClass).code();
            String other = ScratchAuthority.create(testClass).code();
            return new Setting(own, other, Tokens.officer(own), BoardBusiness.board(own));
        }
    }

    /** Asks for a resolution on the agenda item. */
    public static Response resolve(String token, long item, Map<String, Object> body) {
        return Contract.as(token).contentType("application/json").body(body)
                .post("/api/v1/agenda-items/" + item + "/resolutions");
    }

    /** A resolution approving the minutes of the meeting held on the date. */
    public static Map<String, Object> approving(long meeting, LocalDate date) {
        return new HashMap<>(Map.of("text", "That the minutes be approved as a correct record.",
                "kind", "approve-minutes", "vote", "unanimous", "approvesMeeting", meeting,
                "approvesMinutesOf", date.toString()));
    }

    /** A board of the authority (an authority may have several, each with a name of its own). */
    public static long board(String authority) {
        return number("insert into board (authority_code, name) values (?, ?) returning id", authority,
                "Corporate Parenting Board " + BOARDS.incrementAndGet() + " of " + authority);
    }

    /** A committee meeting of the board, with no agenda publication date and no "next meeting" date. */
    public static long meeting(String authority, long board, LocalDate date, String status) {
        return meeting(authority, board, date, status, null, null);
    }

    public static long meeting(String authority, long board, LocalDate date, String status,
            LocalDate agendaPublishedOn, LocalDate nextMeetingDate) {
        return number("insert into meeting (board_id, authority_code, kind, title, meeting_date, status,"
                + " agenda_published_on, next_meeting_date) values (?, ?, 'committee', 'Corporate Parenting Board',"
                + " ?, ?, ?, ?) returning id", board, authority, date, status, agendaPublishedOn, nextMeetingDate);
    }

    /** A public agenda item. */
    public static long item(long meeting, int number, String title) {
        return item(meeting, number, title, false, null);
    }

    /** An agenda item; an exempt one gives its Schedule 12A paragraph (or none, a slip the checks flag). */
    public static long item(long meeting, int number, String title, boolean exempt, Integer paragraph) {
        return number("insert into agenda_item (meeting_id, number, title, exempt, exempt_paragraph, exempt_reason,"
                + " position) values (?, ?, ?, ?, ?, ?, ?) returning id", meeting, number, title, exempt, paragraph,
                exempt ? "Information about individuals" : null, number);
    }

    /** A paper of the agenda item that is the report. */
    public static long paper(long item, long report, String title) {
        return number("insert into agenda_paper (agenda_item_id, title, report_id, position) values (?, ?, ?, 1)"
                + " returning id", item, title, report);
    }

    /** The meeting's status as stored. */
    public static String status(long meeting) {
        return text("select status from meeting where id = ?", meeting);
    }

    /** The number of rows a query counts. */
    public static long count(String sql, Object... parameters) {
        return number(sql, parameters);
    }

    private static String text(String sql, Object... parameters) {
        return first(sql, row -> row.getString(1), parameters);
    }

    /** Runs a statement that returns one number (an inserted id, a count). */
    private static long number(String sql, Object... parameters) {
        return first(sql, row -> row.getLong(1), parameters);
    }

    private interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The first row of a statement that returns one, read. */
    private static <T> T first(String sql, Reader<T> reader, Object... parameters) {
        try (Connection connection = Arc.container().instance(DataSource.class).get().getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return reader.read(row);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
