package org.promise.disclosure;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.promise.common.change.FiguresMayHaveChanged;
import org.promise.common.sql.PlainSql;

/**
 * The catalogue's additive structure ({@link Suppression.Rules}), which every suppressed page weighs: totals and their
 * parts change only with the schema, and a rate's numerator count only with its indicator. So it is kept until an
 * indicator changes ({@link FiguresMayHaveChanged}, once the change has committed here or on another instance, as
 * {@code ScorecardCache} does) and for at most a minute (application.properties), which bounds how stale it can be
 * after a change made behind the API's back or while an instance cannot hear the others.
 */
@ApplicationScoped
public class DisclosureRules {

    static final String NAME = "disclosure-rules";

    private static final String RULES = """
            select 'part', total_code, part_code from indicator_part
            union all
            select 'rate', code, numerator_indicator from indicator where numerator_indicator is not null
            """;

    private final Cache cache;
    private final PlainSql sql;

    public DisclosureRules(@CacheName(NAME) Cache cache, PlainSql sql) {
        this.cache = cache;
        this.sql = sql;
    }

    /** The rules as the catalogue states them now, or as it stated them when they were last read. */
    Suppression.Rules current() {
        return cache.<String, Suppression.Rules>get(NAME, ignored -> read()).await().indefinitely();
    }

    private Suppression.Rules read() {
        Map<String, List<String>> parts = new HashMap<>();
        Map<String, String> rates = new HashMap<>();
        for (String[] rule : sql.list(RULES, parameters -> { },
                row -> new String[] {row.getString(1), row.getString(2), row.getString(3)})) {
            if (rule[0].equals("part")) {
                parts.computeIfAbsent(rule[1], total -> new ArrayList<>()).add(rule[2]);
            } else {
                rates.put(rule[1], rule[2]);
            }
        }
        Map<String, List<String>> partsOfTotal = new HashMap<>();
        parts.forEach((total, its) -> partsOfTotal.put(total, List.copyOf(its)));
        return new Suppression.Rules(Map.copyOf(partsOfTotal), Map.copyOf(rates));
    }

    void drop(@Observes FiguresMayHaveChanged change) {
        cache.invalidateAll().await().indefinitely();
    }
}
