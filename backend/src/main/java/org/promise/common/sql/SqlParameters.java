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
        statement.setString(next++, value);
        return this;
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
        statement.setArray(next++, connection.createArrayOf("varchar", values));
        return this;
    }

    public SqlParameters date(LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(next++, Types.DATE);
        } else {
            statement.setObject(next++, value);
        }
        return this;
    }

    public SqlParameters timestamp(OffsetDateTime value) throws SQLException {
        statement.setObject(next++, value);
        return this;
    }

    public SqlParameters number(BigDecimal value) throws SQLException {
        statement.setBigDecimal(next++, value);
        return this;
    }

    public SqlParameters integer(int value) throws SQLException {
        statement.setInt(next++, value);
        return this;
    }

    public SqlParameters id(long value) throws SQLException {
        statement.setLong(next++, value);
        return this;
    }

    public SqlParameters flag(boolean value) throws SQLException {
        statement.setBoolean(next++, value);
        return this;
    }
}
