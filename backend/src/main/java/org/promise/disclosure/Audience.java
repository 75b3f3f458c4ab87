package org.promise.disclosure;

import java.sql.SQLException;
import org.promise.common.security.Caller;
import org.promise.common.security.Role;
import org.promise.common.sql.SqlParameters;

/**
 * Which figures a caller may read ({@link Caller#mayRead}), as a SQL condition over {@code indicator_value v}
 * joined to {@code indicator i}, for reads that page or filter in the database: final values of indicators that are
 * not internal-only, provisional values of the areas in {@code provisionalAreas}, internal-only indicators' values
 * of the areas in {@code internalAreas}; everything when {@code everyArea}.
 */
public record Audience(boolean everyArea, String[] provisionalAreas, String[] internalAreas) {

    /** The condition; bind its parameters with {@link #bind}. */
    public static final String CONDITION = """
            (v.status = 'final' or ? or v.area_code = any(?))
            and (not i.internal_only or ? or v.area_code = any(?))""";

    /** Published figures only: nobody's own. */
    public static final Audience PUBLIC = new Audience(false, new String[0], new String[0]);

    public static Audience of(Caller caller) {
        return new Audience(caller.hasRole(Role.ADMIN), caller.insiderAuthorities().toArray(String[]::new),
                caller.internalAuthorities().toArray(String[]::new));
    }

    /** What a reader of one area sees of it: its provisional and its internal-only figures, or not. */
    public static Audience ofArea(String area, boolean provisional, boolean internal) {
        return new Audience(false, provisional ? new String[] {area} : new String[0],
                internal ? new String[] {area} : new String[0]);
    }

    /** Binds the condition's parameters, next in line. */
    public SqlParameters bind(SqlParameters parameters) throws SQLException {
        return parameters.flag(everyArea).texts(provisionalAreas).flag(everyArea).texts(internalAreas);
    }
}
