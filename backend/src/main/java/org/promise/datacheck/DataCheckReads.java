package org.promise.datacheck;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.promise.common.sql.PlainSql;
import org.promise.common.wire.WireValue;
import org.promise.indicator.Unit;

/**
 * What the rules read of an authority, in one session of four statements whatever the number of figures: the
 * catalogue and its parts, the values of the authority and its comparators, and every indicator's usual change
 * (decision 20: a hot read of figures it never changes).
 */
@ApplicationScoped
public class DataCheckReads {

    private static final String MEASURES = """
            select code, name, unit, decimals, numerator_indicator from indicator
            """;

    private static final String PARTS = """
            select total_code, part_code from indicator_part order by total_code, part_code
            """;

    private static final String READINGS = """
            select indicator_code, area_code, period_code, period_end, value, numerator, denominator, source
            from indicator_value
            where area_code = any(?) and value is not null
            """;

    // Each area's change from its previous value of the indicator: in points for percentages and rates, as a
    // percentage of the previous figure otherwise; the median over every area, and how many changes it is of.
    private static final String USUAL_CHANGES = """
            select indicator_code, count(*), percentile_cont(0.5) within group (order by change)
            from (select v.indicator_code,
                         case when i.unit in ('percent', 'rate_per_10k')
                              then abs(v.value - lag(v.value) over w)
                              else abs(v.value - lag(v.value) over w) * 100 / nullif(abs(lag(v.value) over w), 0)
                         end as change
                  from indicator_value v
                  join indicator i on i.code = v.indicator_code
                  where v.value is not null
                  window w as (partition by v.indicator_code, v.area_code order by v.period_end)) changes
            where change is not null
            group by indicator_code
            """;

    private final PlainSql sql;

    public DataCheckReads(PlainSql sql) {
        this.sql = sql;
    }

    /** The figures of the authority and of the comparator areas given, as the rules read them. */
    public DataRules.AuthorityFigures read(String authority, List<String> areas, Map<String, String> areaNames,
            List<OtherReport> reports) {
        return sql.inSession(session -> {
            Map<String, Measure> measures = new HashMap<>();
            session.list(MEASURES, parameters -> {
            }, row -> new Measure(row.getString(1), row.getString(2),
                    WireValue.parse(Unit.class, row.getString(3)).orElseThrow(), row.getInt(4), row.getString(5)))
                    .forEach(measure -> measures.put(measure.code(), measure));
            Map<String, List<String>> parts = new LinkedHashMap<>();
            session.list(PARTS, parameters -> {
            }, row -> new String[] {row.getString(1), row.getString(2)})
                    .forEach(pair -> parts.computeIfAbsent(pair[0], total -> new ArrayList<>()).add(pair[1]));
            List<Reading> readings = session.list(READINGS, parameters -> parameters.texts(areas),
                    row -> new Reading(row.getString(1), row.getString(2), row.getString(3),
                            row.getObject(4, java.time.LocalDate.class), row.getBigDecimal(5), row.getBigDecimal(6),
                            row.getBigDecimal(7), row.getString(8)));
            Map<String, DataRules.UsualChange> usual = new HashMap<>();
            session.list(USUAL_CHANGES, parameters -> {
            }, row -> Map.entry(row.getString(1), new DataRules.UsualChange(row.getLong(2),
                    BigDecimal.valueOf(row.getDouble(3)))))
                    .forEach(entry -> usual.put(entry.getKey(), entry.getValue()));
            return new DataRules.AuthorityFigures(authority, measures, parts, readings, reports, usual, areaNames);
        });
    }
}
