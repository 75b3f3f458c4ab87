package org.promise.common.sql;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Statements in plain SQL, where the ORM would cost more than it gives (docs/decisions.md says when): each caller
 * states its SQL, its parameters and how a row reads, and this does the rest. A connection taken inside a
 * transaction takes part in it; a refusal by PostgreSQL keeps its SQLException as the cause, so that the answer is
 * the one {@code DatabaseFailures} gives for its SQLSTATE.
 */
@ApplicationScoped
public class PlainSql {

    /** Rows are sent to the database this many at a time. */
    static final int BATCH_SIZE = 1000;

    /** A COPY's rows are sent in chunks of about this many characters. */
    private static final int COPY_CHUNK = 1 << 16;

    private final DataSource dataSource;

    public PlainSql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Binds a statement's parameters, in the order of its question marks. */
    @FunctionalInterface
    public interface Binder {
        void bind(SqlParameters parameters);
    }

    /** Binds one row of a batch. */
    @FunctionalInterface
    public interface RowBinder<R> {
        void bind(SqlParameters parameters, R row);
    }

    /** Writes one row of a COPY. */
    @FunctionalInterface
    public interface CopyWriter<R> {
        void write(CopyRow out, R row) throws SQLException;
    }

    /** Reads the current row of a result. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Statements that share one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Session session) throws SQLException;
    }

    /**
     * The rows of one query, in the order it gives them. Its parameters are worked out before a connection is taken
     * from the pool ({@link SqlParameters}): with as many requests as connections each holding one, a binder that
     * had to read through the pool (a cache missed) waited for a connection none of them would give back.
     */
    public <T> List<T> list(String sql, Binder binder, RowMapper<T> mapper) {
        SqlParameters parameters = SqlParameters.of(binder);
        return inSession(session -> session.list(sql, parameters, mapper));
    }

    /** Runs one statement for each row, {@link #BATCH_SIZE} rows to a round trip. */
    public <R> void batch(String sql, Collection<R> rows, RowBinder<R> binder) {
        inSession(session -> {
            session.batch(sql, rows, binder);
            return null;
        });
    }

    /** Loads rows with COPY ({@link Session#copy}). */
    public <R> void copy(String table, Collection<R> rows, CopyWriter<R> writer) {
        inSession(session -> {
            session.copy(table, rows, writer);
            return null;
        });
    }

    /** Runs several statements on one connection, so that they cost one checkout from the pool. */
    public <T> T inSession(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(new Session(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused a statement: " + e.getMessage(), e);
        }
    }

    /** One connection's statements. */
    public static final class Session {

        private final Connection connection;

        private Session(Connection connection) {
            this.connection = connection;
        }

        public <T> List<T> list(String sql, Binder binder, RowMapper<T> mapper) throws SQLException {
            return list(sql, SqlParameters.of(binder), mapper);
        }

        private <T> List<T> list(String sql, SqlParameters parameters, RowMapper<T> mapper) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                parameters.bindTo(connection, statement);
                List<T> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(mapper.map(result));
                    }
                }
                return rows;
            }
        }

        /** Runs one statement that takes no parameters and returns no rows (a temporary table, say). */
        public void execute(String sql) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.execute();
            }
        }

        /** Runs one statement with parameters; the number of rows it changed. */
        public int update(String sql, Binder binder) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                SqlParameters.of(binder).bindTo(connection, statement);
                return statement.executeUpdate();
            }
        }

        /**
         * Loads the rows into {@code table} ("name (column, ...)") with COPY, streamed in PostgreSQL's text format:
         * one statement however many rows, in the caller's transaction, firing the table's triggers and checking
         * its constraints as an INSERT would. A refusal rolls the whole COPY back.
         */
        public <R> void copy(String table, Collection<R> rows, CopyWriter<R> writer) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin");
            try {
                StringBuilder text = new StringBuilder(COPY_CHUNK + 4096);
                for (R row : rows) {
                    writer.write(new CopyRow(text), row);
                    text.append('\n');
                    if (text.length() >= COPY_CHUNK) {
                        send(copy, text);
                    }
                }
                send(copy, text);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        }

        private static void send(CopyIn copy, StringBuilder text) throws SQLException {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            text.setLength(0);
        }

        /** Runs one statement for each row, {@link #BATCH_SIZE} rows to a round trip. */
        public <R> void batch(String sql, Collection<R> rows, RowBinder<R> binder) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int pending = 0;
                for (R row : rows) {
                    SqlParameters.of(parameters -> binder.bind(parameters, row)).bindTo(connection, statement);
                    statement.addBatch();
                    if (++pending == BATCH_SIZE) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        }
    }
}
