package org.promise.common.sql;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.promise.common.wire.WireValue;

/**
 * A statement's parameters, in the order of its question marks: each method adds the next one, typed, so that
 * "? is null" tests work on absent values too. They are worked out before the statement has a connection and bound
 * to it after ({@link #bindTo}), so that working them out (a caller's authorities from a cache that may read through
 * the pool) never needs a second connection while the statement holds one (decision 56).
 */
public final class SqlParameters {

    private final List<Setter> setters = new ArrayList<>();

    private SqlParameters() {
    }

    /** The parameters this binder gives, not yet bound to any statement. */
    static SqlParameters of(PlainSql.Binder binder) {
        SqlParameters parameters = new SqlParameters();
        binder.bind(parameters);
        return parameters;
    }

    void bindTo(Connection connection, PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Setter setter : setters) {
            setter.set(connection, statement, index++);
        }
    }

    public SqlParameters text(String value) {
        return next((connection, statement, index) -> statement.setString(index, value));
    }

    /** A {@link WireValue} as the database spells it, or null. */
    public SqlParameters wire(WireValue value) {
        return text(value == null ? null : value.wire());
    }

    /** A varchar[] of the values, for "= any(?)" and "unnest(?)". */
    public SqlParameters texts(Collection<?> values) {
        return texts(values.toArray());
    }

    public SqlParameters texts(Object[] values) {
        return next((connection, statement, index) -> statement.setArray(index,
                connection.createArrayOf("varchar", values)));
    }

    /** A bigint[] of the ids, for "= any(?)". */
    public SqlParameters ids(Collection<Long> values) {
        return next((connection, statement, index) -> statement.setArray(index, connection.createArrayOf("bigint",
                values.toArray())));
    }

    public SqlParameters date(LocalDate value) {
        return next((connection, statement, index) -> {
            if (value == null) {
                statement.setNull(index, Types.DATE);
            } else {
                statement.setObject(index, value);
            }
        });
    }

    public SqlParameters timestamp(OffsetDateTime value) {
        return next((connection, statement, index) -> statement.setObject(index, value));
    }

    public SqlParameters number(BigDecimal value) {
        return next((connection, statement, index) -> statement.setBigDecimal(index, value));
    }

    public SqlParameters integer(int value) {
        return next((connection, statement, index) -> statement.setInt(index, value));
    }

    public SqlParameters id(long value) {
        return next((connection, statement, index) -> statement.setLong(index, value));
    }

    /** An id, or null where a filter is not given. */
    public SqlParameters optionalId(Long value) {
        return next((connection, statement, index) -> {
            if (value == null) {
                statement.setNull(index, Types.BIGINT);
            } else {
                statement.setLong(index, value);
            }
        });
    }

    public SqlParameters flag(boolean value) {
        return next((connection, statement, index) -> statement.setBoolean(index, value));
    }

    private interface Setter {
        void set(Connection connection, PreparedStatement statement, int index) throws SQLException;
    }

    private SqlParameters next(Setter setter) {
        setters.add(setter);
        return this;
    }
}
