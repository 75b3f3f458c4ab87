package org.promise.disclosure;

import java.util.List;
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
    public static final String CONDITION = condition("v.status", "v.area_code", "i.internal_only");

    /**
     * The same condition over other columns: a figure's status, its area and whether its indicator is internal-only
     * (for a row that keeps what a figure was, such as a withdrawal); bind its parameters with {@link #bind}.
     */
    public static String condition(String status, String area, String internalOnly) {
        return """
                (%1$s = 'final' or ? or %2$s = any(?))
                and (not %3$s or ? or %2$s = any(?))""".formatted(status, area, internalOnly);
    }

    /**
     * The condition in Java, for figures already in memory: a figure of {@code area} reaches this audience when it is
     * final or the audience sees the area's provisional figures, and its indicator is not internal-only or the
     * audience sees the area's internal figures.
     */
    public boolean mayRead(String area, boolean isFinal, boolean internalOnly) {
        return (isFinal || everyArea || List.of(provisionalAreas).contains(area))
                && (!internalOnly || everyArea || List.of(internalAreas).contains(area));
    }

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
    public SqlParameters bind(SqlParameters parameters) {
        return parameters.flag(everyArea).texts(provisionalAreas).flag(everyArea).texts(internalAreas);
    }
}
