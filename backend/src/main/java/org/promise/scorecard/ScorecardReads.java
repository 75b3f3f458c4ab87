package org.promise.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.promise.common.wire.WireValue;
import org.promise.indicator.StatisticalSymbol;
import org.promise.target.TargetFacts;
import org.promise.value.ValueStatus;

/**
 * The scorecard's hot path in plain SQL: the rows it reads are figures, never changed here, so they skip the ORM.
 * One statement brings the authority's values with the latest final value of each comparator, another its targets.
 */
@ApplicationScoped
public class ScorecardReads {

    private static final String VALUES = """
            select v.indicator_code, v.area_code, v.period_code, v.period_end, v.value, v.symbol, v.numerator,
                   v.denominator, v.status
            from indicator_value v
            where v.area_code = ? and v.indicator_code = any(?) and v.period_end <= ?
            union all
            select l.indicator_code, l.area_code, l.period_code, l.period_end, l.value, l.symbol, l.numerator,
                   l.denominator, l.status
            from unnest(?::varchar[]) as a(code)
            cross join unnest(?::varchar[]) as i(code)
            cross join lateral (
                select * from indicator_value x
                where x.area_code = a.code and x.indicator_code = i.code and x.period_end <= ? and x.status = 'final'
                order by x.period_end desc
                limit 1) l
            order by 4
            """;

    private static final String TARGETS = """
            select indicator_code, period_code, value, tolerance, basis, pending, pending_reason
            from target where area_code = ? and period_code = any(?)
            """;

    private static final String AREAS = """
            select code, name, kind from area
            where code = any(?) or code = (select parent_code from area where code = ?)
            """;

    private static final String INDICATORS = """
            select code, name, plain_name, unit, polarity, priority, period_kind, decimals, internal_only from indicator
            """;

    private final DataSource dataSource;
    private final io.micrometer.core.instrument.Counter statements;

    public ScorecardReads(DataSource dataSource, io.micrometer.core.instrument.MeterRegistry registry) {
        this.dataSource = dataSource;
        // How many statements scorecards cost: a few per scorecard, whatever the number of indicators.
        this.statements = registry.counter("promise.scorecard.statements");
    }

    /** An area as the scorecard names it. */
    public record AreaRow(String code, String name, org.promise.area.AreaKind kind) {
    }

    /** An indicator as the scorecard shows it. */
    public record IndicatorRow(String code, String name, String plainName, org.promise.indicator.Unit unit,
            org.promise.indicator.Polarity polarity, org.promise.indicator.Priority priority,
            org.promise.period.PeriodKind periodKind, int decimals, boolean internalOnly) {

        Measure measure() {
            return new Measure(unit, polarity, decimals);
        }
    }

    private interface Binder {
        void bind(Connection connection, PreparedStatement statement) throws SQLException;
    }

    private interface Reader<T> {
        T read(ResultSet result) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, Reader<T> reader) {
        statements.increment();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(connection, statement);
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the scorecard", e);
        }
    }

    /** The authority, England, its region and its statistical neighbours. */
    public List<AreaRow> areas(String area, String england) {
        return query(AREAS, (connection, statement) -> {
            statement.setArray(1, connection.createArrayOf("varchar", new Object[] {area, england, "SN-" + area}));
            statement.setString(2, area);
        }, result -> new AreaRow(result.getString(1), result.getString(2),
                WireValue.parse(org.promise.area.AreaKind.class, result.getString(3)).orElseThrow()));
    }

    public List<IndicatorRow> indicators() {
        return query(INDICATORS, (connection, statement) -> { }, result -> new IndicatorRow(result.getString(1),
                result.getString(2), result.getString(3),
                WireValue.parse(org.promise.indicator.Unit.class, result.getString(4)).orElseThrow(),
                WireValue.parse(org.promise.indicator.Polarity.class, result.getString(5)).orElseThrow(),
                WireValue.parse(org.promise.indicator.Priority.class, result.getString(6)).orElseThrow(),
                WireValue.parse(org.promise.period.PeriodKind.class, result.getString(7)).orElseThrow(),
                result.getInt(8), result.getBoolean(9)));
    }

    /** A target as the scorecard shows it. */
    public record TargetRow(String indicatorCode, String periodCode, TargetFacts facts, String basis) {
    }

    /**
     * The authority's values of the indicators up to a date (oldest first), and for each comparator area the
     * latest final value of each indicator up to that date.
     */
    public List<ValueRow> values(String area, Collection<String> comparators, Collection<String> indicators,
            LocalDate end) {
        return query(VALUES, (connection, statement) -> {
            var codes = connection.createArrayOf("varchar", indicators.toArray());
            statement.setString(1, area);
            statement.setArray(2, codes);
            statement.setObject(3, end);
            statement.setArray(4, connection.createArrayOf("varchar", comparators.toArray()));
            statement.setArray(5, codes);
            statement.setObject(6, end);
        }, result -> {
            String symbol = result.getString(6);
            return new ValueRow(result.getString(1), result.getString(2), result.getString(3),
                    result.getObject(4, LocalDate.class), result.getBigDecimal(5),
                    symbol == null ? null : WireValue.parse(StatisticalSymbol.class, symbol).orElseThrow(),
                    result.getBigDecimal(7), result.getBigDecimal(8),
                    WireValue.parse(ValueStatus.class, result.getString(9)).orElseThrow());
        });
    }

    /** The authority's targets of some periods. */
    public List<TargetRow> targets(String area, Collection<String> periods) {
        return query(TARGETS, (connection, statement) -> {
            statement.setString(1, area);
            statement.setArray(2, connection.createArrayOf("varchar", periods.toArray()));
        }, result -> new TargetRow(result.getString(1), result.getString(2), new TargetFacts(result.getBigDecimal(3),
                result.getBigDecimal(4), result.getBoolean(6), result.getString(7)), result.getString(5)));
    }
}
