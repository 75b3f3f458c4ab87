package org.promise.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.promise.common.security.Caller;
import org.promise.common.sql.PlainSql;
import org.promise.common.wire.WireValue;
import org.promise.indicator.Unit;

/**
 * Applies {@link Suppression} to what a caller is about to receive: it adds the cells of the same areas and periods
 * that a reader could combine with them (totals, their parts, rates of withheld counts), as this caller sees them,
 * so that a figure is withheld the same way whichever page or filter shows it.
 */
@ApplicationScoped
public class DisclosureService {

    // The linked indicators' figures of the shown places' areas and periods, every area with every period: each an
    // equality on the key's columns, so that any plan PostgreSQL caches for the statement probes the figures' index
    // for them (a page of the KPI feed: 5,000 figures in 6 ms, not 18,480 of the whole indicators in 17 ms; a
    // scorecard: a few dozen). The few figures of the product at other places are left out here (decision 51).
    private static final String RELATED = """
            select v.indicator_code, i.unit, v.area_code, v.period_code, v.value, v.numerator, v.denominator
            from indicator_value v
            join indicator i on i.code = v.indicator_code
            where v.indicator_code = any(?) and v.area_code = any(?) and v.period_code = any(?)
              and """ + Audience.CONDITION;

    private final PlainSql sql;
    private final Caller caller;
    private final DisclosureRules rules;

    public DisclosureService(PlainSql sql, Caller caller, DisclosureRules rules) {
        this.sql = sql;
        this.caller = caller;
        this.rules = rules;
    }

    /** The cells among {@code shown} (and only those) to withhold from this caller. */
    public Set<Suppression.Key> withheld(Collection<Suppression.Cell> shown) {
        return withheld(shown, Audience.of(caller));
    }

    /** The cells among {@code shown} to withhold from a reader who sees what {@code audience} sees. */
    public Set<Suppression.Key> withheld(Collection<Suppression.Cell> shown, Audience audience) {
        return withheld(shown, (indicators, places) -> related(indicators, places, audience));
    }

    /** Where the figures that can decide a shown one come from: PostgreSQL, or a caller that holds them already. */
    @FunctionalInterface
    public interface LinkedFigures {

        /** The figures of these indicators at these places that the reader may see, as cells. */
        List<Suppression.Cell> at(Set<String> indicators, Set<Suppression.AreaPeriod> places);
    }

    /** The cells among {@code shown} to withhold, weighed with the linked figures {@code linked} gives. */
    public Set<Suppression.Key> withheld(Collection<Suppression.Cell> shown, LinkedFigures linked) {
        if (shown.isEmpty()) {
            return Set.of();
        }
        Suppression.Rules rules = this.rules.current();
        Set<String> related = linkedTo(shown, rules);
        if (related.isEmpty()) {
            // No rule links the shown figures to any other: each is withheld on its own count or not at all.
            return shown.stream().filter(Suppression::isDisclosive).map(Suppression.Cell::key)
                    .collect(Collectors.toSet());
        }
        Map<Suppression.Key, Suppression.Cell> cells = new HashMap<>();
        shown.forEach(cell -> cells.put(cell.key(), cell));
        Set<Suppression.AreaPeriod> places = new HashSet<>();
        shown.forEach(cell -> places.add(Suppression.AreaPeriod.of(cell.key())));
        linked.at(related, places).forEach(cell -> cells.putIfAbsent(cell.key(), cell));
        Set<Suppression.Key> withheld = new HashSet<>(Suppression.withheld(cells.values(), rules));
        Set<Suppression.Key> keys = new HashSet<>();
        shown.forEach(cell -> keys.add(cell.key()));
        withheld.retainAll(keys);
        return withheld;
    }

    /**
     * The indicators whose figures can decide whether a shown one is withheld: those linked to a shown indicator by
     * the rules (total and parts, rate and count), directly or through others. Figures of other indicators cannot
     * change the outcome for the shown cells, so they are not read (a page of an indicator with no rules reads none).
     */
    static Set<String> linkedTo(Collection<Suppression.Cell> shown, Suppression.Rules rules) {
        Map<String, Set<String>> links = new HashMap<>();
        rules.partsOfTotal().forEach((total, parts) -> parts.forEach(part -> link(links, total, part)));
        rules.countOfRate().forEach((rate, count) -> link(links, rate, count));
        Set<String> linked = new HashSet<>();
        Deque<String> next = new ArrayDeque<>();
        shown.forEach(cell -> {
            if (links.containsKey(cell.key().indicator()) && linked.add(cell.key().indicator())) {
                next.add(cell.key().indicator());
            }
        });
        while (!next.isEmpty()) {
            links.get(next.poll()).stream().filter(linked::add).forEach(next::add);
        }
        return linked;
    }

    private static void link(Map<String, Set<String>> links, String one, String other) {
        links.computeIfAbsent(one, indicator -> new HashSet<>()).add(other);
        links.computeIfAbsent(other, indicator -> new HashSet<>()).add(one);
    }

    private List<Suppression.Cell> related(Set<String> indicators, Set<Suppression.AreaPeriod> places,
            Audience audience) {
        Set<String> areas = new HashSet<>();
        Set<String> periods = new HashSet<>();
        places.forEach(place -> {
            areas.add(place.area());
            periods.add(place.period());
        });
        List<Suppression.Cell> figures = sql.list(RELATED, parameters -> audience.bind(parameters.texts(indicators)
                .texts(areas).texts(periods)),
                row -> new Suppression.Cell(new Suppression.Key(row.getString(1), row.getString(3), row.getString(4)),
                        WireValue.stored(Unit.class, row.getString(2)), row.getBigDecimal(5), row.getBigDecimal(6),
                        row.getBigDecimal(7)));
        return figures.stream().filter(cell -> places.contains(Suppression.AreaPeriod.of(cell.key()))).toList();
    }

    /** A cell from a figure's parts, for callers that hold figures in their own shapes. */
    public static Suppression.Cell cell(String indicator, String area, String period, Unit unit, BigDecimal value,
            BigDecimal numerator, BigDecimal denominator) {
        return new Suppression.Cell(new Suppression.Key(indicator, area, period), unit, value, numerator, denominator);
    }
}
