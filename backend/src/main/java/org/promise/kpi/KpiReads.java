package org.promise.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.promise.area.AreaKind;
import org.promise.common.wire.Decimals;
import org.promise.common.wire.WireValue;
import org.promise.disclosure.Audience;
import org.promise.indicator.Polarity;
import org.promise.indicator.StatisticalSymbol;
import org.promise.indicator.Unit;
import org.promise.scorecard.Measure;
import org.promise.scorecard.RagRule;
import org.promise.scorecard.Reading;
import org.promise.target.TargetFacts;
import org.promise.value.ValueStatus;

/** One page of the figures a caller may read, in one statement, ordered by indicator, area and period. */
@ApplicationScoped
class KpiReads {

    private static final String PAGE = """
            select v.indicator_code, i.unit, i.decimals, i.polarity, v.area_code, a.name, a.kind, v.period_code,
                   v.value, v.symbol, v.numerator, v.denominator, v.status,
                   t.value, t.tolerance, t.pending, t.pending_reason
            from indicator_value v
            join indicator i on i.code = v.indicator_code
            join area a on a.code = v.area_code
            left join target t on t.indicator_code = v.indicator_code and t.area_code = v.area_code
                                 and t.period_code = v.period_code
            where (cardinality(?::varchar[]) = 0 or v.indicator_code = any(?))
              and (cardinality(?::varchar[]) = 0 or v.area_code = any(?))
              and (?::varchar is null or v.period_code = ?)
              and (?::date is null or v.period_end >= ?)
              and (?::date is null or v.period_end <= ?)
              and (?::varchar is null or v.status = ?)
              and (?::varchar is null or (v.indicator_code, v.area_code, v.period_code) > (?, ?, ?))
              and (?::varchar is null or (v.indicator_code, v.area_code, v.period_code) < (?, ?, ?))
              and """ + Audience.CONDITION + """

            order by v.indicator_code %1$s, v.area_code %1$s, v.period_code %1$s
            limit ?
            """;

    /** What to read; empty lists and nulls do not filter. */
    record Query(List<String> indicators, List<String> areas, String period, LocalDate fromEnd, LocalDate toEnd,
            ValueStatus status, KpiCursor after, KpiCursor before, int pageSize) {
    }

    private final DataSource dataSource;

    KpiReads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The page's rows in the feed's order, and one more when there are more beyond it: after {@code after}, or (read
     * backwards, nearest first) before {@code before}.
     */
    List<KpiRow.Read> page(Query query, Audience audience) {
        String sql = PAGE.formatted(query.before() != null ? "desc" : "asc");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            for (List<String> codes : List.of(query.indicators(), query.areas())) {
                statement.setArray(i++, connection.createArrayOf("varchar", codes.toArray()));
                statement.setArray(i++, connection.createArrayOf("varchar", codes.toArray()));
            }
            statement.setString(i++, query.period());
            statement.setString(i++, query.period());
            for (LocalDate end : new LocalDate[] {query.fromEnd(), query.toEnd()}) {
                statement.setObject(i++, end == null ? null : Date.valueOf(end), Types.DATE);
                statement.setObject(i++, end == null ? null : Date.valueOf(end), Types.DATE);
            }
            String status = query.status() == null ? null : query.status().wire();
            statement.setString(i++, status);
            statement.setString(i++, status);
            for (KpiCursor cursor : new KpiCursor[] {query.after(), query.before()}) {
                statement.setString(i++, cursor == null ? null : cursor.indicator());
                statement.setString(i++, cursor == null ? null : cursor.indicator());
                statement.setString(i++, cursor == null ? null : cursor.area());
                statement.setString(i++, cursor == null ? null : cursor.period());
            }
            i = audience.bind(connection, statement, i);
            statement.setInt(i, query.pageSize() + 1);
            List<KpiRow.Read> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the KPIs", e);
        }
    }

    private static KpiRow.Read read(ResultSet result) throws SQLException {
        Unit unit = WireValue.parse(Unit.class, result.getString(2)).orElseThrow();
        Measure measure = new Measure(unit, WireValue.parse(Polarity.class, result.getString(4)).orElseThrow(),
                result.getInt(3));
        StatisticalSymbol symbol = result.getString(10) == null ? null
                : WireValue.parse(StatisticalSymbol.class, result.getString(10)).orElseThrow();
        Reading reading = new Reading(result.getBigDecimal(9), symbol);
        TargetFacts target = null;
        if (result.getObject(16) != null) {
            target = result.getBoolean(16) ? TargetFacts.pending(result.getString(17))
                    : TargetFacts.of(result.getBigDecimal(14), result.getBigDecimal(15));
        }
        KpiRow row = new KpiRow(result.getString(1), unit, result.getString(5), result.getString(6),
                result.getString(8), Decimals.plain(reading.value()), symbol, Decimals.plain(result.getBigDecimal(11)),
                Decimals.plain(result.getBigDecimal(12)),
                WireValue.parse(ValueStatus.class, result.getString(13)).orElseThrow(),
                target == null ? null : Decimals.plain(target.value()),
                target == null ? null : RagRule.assess(measure, reading, target).rag());
        return new KpiRow.Read(row, WireValue.parse(AreaKind.class, result.getString(7)).orElseThrow());
    }
}
