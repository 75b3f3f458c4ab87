package org.promise.disclosure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.promise.common.security.Caller;
import org.promise.common.security.Role;

/**
 * Which figures a caller may read ({@link Caller#mayRead}), as a SQL condition over {@code indicator_value v}
 * joined to {@code indicator i}, for reads that page or filter in the database.
 */
public record Audience(boolean everyArea, String[] ownAreas, boolean provisional) {

    /** The condition; bind its parameters with {@link #bind}. */
    public static final String CONDITION = """
            (v.status = 'final' or (? and (? or v.area_code = any(?))))
            and (not i.internal_only or ? or v.area_code = any(?))""";

    /** Published figures only: nobody's own. */
    public static final Audience PUBLIC = new Audience(false, new String[0], false);

    public static Audience of(Caller caller) {
        return new Audience(caller.hasRole(Role.ADMIN), caller.authorities().toArray(String[]::new),
                !caller.hasRole(Role.PARTNER));
    }

    /** Binds the condition's parameters from {@code index}; returns the next free index. */
    public int bind(Connection connection, PreparedStatement statement, int index) throws SQLException {
        statement.setBoolean(index, provisional);
        statement.setBoolean(index + 1, everyArea);
        statement.setArray(index + 2, connection.createArrayOf("varchar", ownAreas));
        statement.setBoolean(index + 3, everyArea);
        statement.setArray(index + 4, connection.createArrayOf("varchar", ownAreas));
        return index + 5;
    }
}
