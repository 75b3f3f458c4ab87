package org.promise.common.sql;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import org.promise.common.wire.WireValue;

/**
 * A statement's parameters, bound in the order of its question marks: each method binds the next one, typed, so
 * that "? is null" tests work on absent values too.
 */
public final class SqlParameters {

    private final Connection connection;
    private final PreparedStatement statement;
    private int next = 1;

    SqlParameters(Connection connection, PreparedStatement statement) {
        this.connection = connection;
        this.statement = statement;
    }

    public SqlParameters text(String value) throws SQLException {
        return next((statement, index) -> statement.setString(index, value));
    }

    /** A {@link WireValue} as the database spells it, or null. */
    public SqlParameters wire(WireValue value) throws SQLException {
        return text(value == null ? null : value.wire());
    }

    /** A varchar[] of the values, for "= any(?)" and "unnest(?)". */
    public SqlParameters texts(Collection<?> values) throws SQLException {
        return texts(values.toArray());
    }

    public SqlParameters texts(Object[] values) throws SQLException {
        return next((statement, index) -> statement.setArray(index, connection.createArrayOf("varchar", values)));
    }

    /** A bigint[] of the ids, for "= any(?)". */
    public SqlParameters ids(Collection<Long> values) throws SQLException {
        return next((statement, index) -> statement.setArray(index, connection.createArrayOf("bigint",
                values.toArray())));
    }

    public SqlParameters date(LocalDate value) throws SQLException {
        return next((statement, index) -> {
            if (value == null) {
                statement.setNull(index, Types.DATE);
            } else {
                statement.setObject(index, value);
            }
        });
    }

    public SqlParameters timestamp(OffsetDateTime value) throws SQLException {
        return next((statement, index) -> statement.setObject(index, value));
    }

    public SqlParameters number(BigDecimal value) throws SQLException {
        return next((statement, index) -> statement.setBigDecimal(index, value));
    }

    public SqlParameters integer(int value) throws SQLException {
        return next((statement, index) -> statement.setInt(index, value));
    }

    public SqlParameters id(long value) throws SQLException {
        return next((statement, index) -> statement.setLong(index, value));
    }

    /** An id, or null where a filter is not given. */
    public SqlParameters optionalId(Long value) throws SQLException {
        return next((statement, index) -> {
            if (value == null) {
                statement.setNull(index, Types.BIGINT);
            } else {
                statement.setLong(index, value);
            }
        });
    }

    public SqlParameters flag(boolean value) throws SQLException {
        return next((statement, index) -> statement.setBoolean(index, value));
    }

    private interface Setter {
        void set(PreparedStatement statement, int index) throws SQLException;
    }

    private SqlParameters next(Setter setter) throws SQLException {
        setter.set(statement, next++);
        return this;
    }
}
