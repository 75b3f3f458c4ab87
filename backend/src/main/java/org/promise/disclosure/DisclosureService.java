package org.promise.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.promise.common.security.Caller;
import org.promise.common.wire.WireValue;
import org.promise.indicator.Unit;

/**
 * Applies {@link Suppression} to what a caller is about to receive: it adds the cells of the same areas and periods
 * that a reader could combine with them (totals, their parts, rates of withheld counts), as this caller sees them,
 * so that a figure is withheld the same way whichever page or filter shows it.
 */
@ApplicationScoped
public class DisclosureService {

    private static final String RULES = """
            select 'part', total_code, part_code from indicator_part
            union all
            select 'rate', code, numerator_indicator from indicator where numerator_indicator is not null
            """;

    private static final String RELATED = """
            select v.indicator_code, i.unit, v.area_code, v.period_code, v.value, v.numerator, v.denominator
            from indicator_value v
            join indicator i on i.code = v.indicator_code
            join unnest(?::varchar[], ?::varchar[]) as p(area_code, period_code)
                 on p.area_code = v.area_code and p.period_code = v.period_code
            where v.indicator_code = any(?) and
            """ + Audience.CONDITION;

    private final DataSource dataSource;
    private final Caller caller;

    public DisclosureService(DataSource dataSource, Caller caller) {
        this.dataSource = dataSource;
        this.caller = caller;
    }

    /** The cells among {@code shown} (and only those) to withhold from this caller. */
    public Set<Suppression.Key> withheld(Collection<Suppression.Cell> shown) {
        return withheld(shown, Audience.of(caller));
    }

    /** The cells among {@code shown} to withhold from a reader who sees what {@code audience} sees. */
    public Set<Suppression.Key> withheld(Collection<Suppression.Cell> shown, Audience audience) {
        if (shown.isEmpty()) {
            return Set.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            Suppression.Rules rules = rules(connection);
            Map<Suppression.Key, Suppression.Cell> cells = new HashMap<>();
            shown.forEach(cell -> cells.put(cell.key(), cell));
            Set<String> related = new HashSet<>();
            rules.partsOfTotal().forEach((total, parts) -> {
                related.add(total);
                related.addAll(parts);
            });
            rules.countOfRate().forEach((rate, count) -> {
                related.add(rate);
                related.add(count);
            });
            if (!related.isEmpty()) {
                related(connection, shown, related, audience).forEach(cell -> cells.putIfAbsent(cell.key(), cell));
            }
            Set<Suppression.Key> withheld = new HashSet<>(Suppression.withheld(cells.values(), rules));
            Set<Suppression.Key> keys = new HashSet<>();
            shown.forEach(cell -> keys.add(cell.key()));
            withheld.retainAll(keys);
            return withheld;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read what to withhold", e);
        }
    }

    private static Suppression.Rules rules(Connection connection) throws SQLException {
        Map<String, List<String>> parts = new HashMap<>();
        Map<String, String> rates = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(RULES);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                if (result.getString(1).equals("part")) {
                    parts.computeIfAbsent(result.getString(2), total -> new ArrayList<>()).add(result.getString(3));
                } else {
                    rates.put(result.getString(2), result.getString(3));
                }
            }
        }
        return new Suppression.Rules(parts, rates);
    }

    private static List<Suppression.Cell> related(Connection connection, Collection<Suppression.Cell> shown,
            Set<String> indicators, Audience audience) throws SQLException {
        Set<List<String>> distinct = new HashSet<>();
        shown.forEach(cell -> distinct.add(List.of(cell.key().area(), cell.key().period())));
        List<List<String>> places = new ArrayList<>(distinct);
        List<Suppression.Cell> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(RELATED)) {
            statement.setArray(1, connection.createArrayOf("varchar",
                    places.stream().map(place -> place.get(0)).toArray()));
            statement.setArray(2, connection.createArrayOf("varchar",
                    places.stream().map(place -> place.get(1)).toArray()));
            statement.setArray(3, connection.createArrayOf("varchar", indicators.toArray()));
            audience.bind(connection, statement, 4);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    found.add(new Suppression.Cell(
                            new Suppression.Key(result.getString(1), result.getString(3), result.getString(4)),
                            WireValue.parse(Unit.class, result.getString(2)).orElseThrow(),
                            result.getBigDecimal(5), result.getBigDecimal(6), result.getBigDecimal(7)));
                }
            }
        }
        return found;
    }

    /** A cell from a figure's parts, for callers that hold figures in their own shapes. */
    public static Suppression.Cell cell(String indicator, String area, String period, Unit unit, BigDecimal value,
            BigDecimal numerator, BigDecimal denominator) {
        return new Suppression.Cell(new Suppression.Key(indicator, area, period), unit, value, numerator, denominator);
    }
}
