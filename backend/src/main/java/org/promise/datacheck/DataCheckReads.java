package org.promise.datacheck;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.promise.common.security.Caller;
import org.promise.common.sql.PlainSql;
import org.promise.common.wire.WireValue;
import org.promise.disclosure.Audience;
import org.promise.disclosure.DisclosureService;
import org.promise.disclosure.Suppression;
import org.promise.indicator.Unit;

/**
 * What the rules read of authorities, in one session of four statements whatever the number of authorities and
 * figures: the catalogue and its parts, the values of the authorities and their comparators, and every indicator's
 * usual change (decision 20: a hot read of figures it never changes; the usual changes kept between reads). The rules read figures as the caller sees them (decisions
 * 9, 16), so that no warning gives away what the caller may not read: the values and usual changes only of figures
 * the caller may read, and none of the values withheld from them as small numbers (a comparator's, for all but
 * administrators), which are left out as if unknown.
 */
@ApplicationScoped
public class DataCheckReads {

    private static final String MEASURES = """
            select code, name, unit, decimals, numerator_indicator from indicator
            """;

    private static final String PARTS = """
            select total_code, part_code from indicator_part order by total_code, part_code
            """;

    private static final String READING_COLUMNS = """
            v.indicator_code, v.area_code, v.period_code, v.period_end, v.value, v.numerator, v.denominator, v.source
            """;

    private static final String VISIBLE_VALUES = """
            from indicator_value v
            join indicator i on i.code = v.indicator_code
            where v.area_code = any(?) and v.value is not null and
            """ + Audience.CONDITION;

    private static final String READINGS = "select " + READING_COLUMNS + VISIBLE_VALUES;

    // The readings of some periods, and the one before each of them in its series (indicator and area), which a
    // change from the previous period reads: what the checks of figures written in those periods read.
    private static final String READINGS_OF_PERIODS = "select " + READING_COLUMNS + " from (select "
            + READING_COLUMNS + ", lead(v.period_code) over (partition by v.area_code, v.indicator_code"
            + " order by v.period_end) as next_period " + VISIBLE_VALUES + ") v"
            + " where v.period_code = any(?) or v.next_period = any(?)";

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
                  where v.value is not null and (? or v.indicator_code = any(?)) and
            """ + Audience.CONDITION + """
                  window w as (partition by v.indicator_code, v.area_code order by v.period_end)) changes
            where change is not null
            group by indicator_code
            """;

    private final PlainSql sql;
    private final Caller caller;
    private final DisclosureService disclosure;
    private final UsualChangeCache usualChangeCache;
    private final Counter statements;

    public DataCheckReads(PlainSql sql, Caller caller, DisclosureService disclosure, UsualChangeCache usualChanges,
            MeterRegistry registry) {
        this.sql = sql;
        this.caller = caller;
        this.disclosure = disclosure;
        this.usualChangeCache = usualChanges;
        // How many statements the checks cost: at most four per check, whatever the number of authorities and
        // figures (three when the usual changes are kept).
        this.statements = registry.counter("promise.datacheck.statements");
    }

    /**
     * What the checks of figures just written must read: the written figures' indicators and periods. Their
     * warnings are at those periods (of those indicators, or reading them), so the checks read those periods'
     * values and the one before each in its series, and the usual changes of those indicators, read fresh: the
     * transaction's own writes must count.
     */
    public record Written(Set<String> indicators, Set<String> periods) {
    }

    /**
     * The figures of each authority given and of its comparators, as the rules read them for this caller: the
     * authorities' places (its own code first, then its comparators') with their names, and their papers' other
     * reports. At most four statements however many authorities and figures, so that the checks of an
     * import cost the same few statements whatever its size. Without {@code written}, every value of the places
     * and the usual changes kept for the caller's audience ({@link UsualChangeCache}); with it, only what the
     * checks of those figures read ({@link Written}).
     */
    public Map<String, DataRules.AuthorityFigures> read(Map<String, Map<String, String>> placesByAuthority,
            Map<String, List<OtherReport>> reportsByAuthority, Written written) {
        Audience audience = Audience.of(caller);
        Set<String> areas = new HashSet<>();
        placesByAuthority.values().forEach(places -> areas.addAll(places.keySet()));
        Catalogue catalogue = sql.inSession(session -> {
            Map<String, Measure> measures = new HashMap<>();
            session.list(MEASURES, parameters -> {
            }, row -> new Measure(row.getString(1), row.getString(2),
                    WireValue.parse(Unit.class, row.getString(3)).orElseThrow(), row.getInt(4), row.getString(5)))
                    .forEach(measure -> measures.put(measure.code(), measure));
            Map<String, List<String>> parts = new LinkedHashMap<>();
            session.list(PARTS, parameters -> {
            }, row -> new String[] {row.getString(1), row.getString(2)})
                    .forEach(pair -> parts.computeIfAbsent(pair[0], total -> new ArrayList<>()).add(pair[1]));
            List<Reading> readings = session.list(written == null ? READINGS : READINGS_OF_PERIODS, parameters -> {
                audience.bind(parameters.texts(areas));
                if (written != null) {
                    parameters.texts(written.periods()).texts(written.periods());
                }
            }, row -> new Reading(row.getString(1), row.getString(2), row.getString(3),
                    row.getObject(4, LocalDate.class), row.getBigDecimal(5), row.getBigDecimal(6),
                    row.getBigDecimal(7), row.getString(8)));
            return new Catalogue(measures, parts, readings);
        });
        statements.increment(3);
        Map<String, DataRules.UsualChange> usual = written != null ? usualChanges(audience, written.indicators())
                : usualChangeCache.get(audience, () -> usualChanges(audience, null));
        Map<String, List<Reading>> readingsByArea = withoutWithheld(catalogue.readings(), catalogue.measures(),
                audience).stream().collect(Collectors.groupingBy(Reading::area));
        Map<String, DataRules.AuthorityFigures> figures = new HashMap<>();
        placesByAuthority.forEach((authority, places) -> figures.put(authority, new DataRules.AuthorityFigures(
                authority, catalogue.measures(), catalogue.parts(), places.keySet().stream()
                        .flatMap(area -> readingsByArea.getOrDefault(area, List.of()).stream()).toList(),
                reportsByAuthority.getOrDefault(authority, List.of()), usual, places)));
        return figures;
    }

    /** What every authority's checks share: the catalogue and its parts; and the readings. */
    private record Catalogue(Map<String, Measure> measures, Map<String, List<String>> parts, List<Reading> readings) {
    }

    /** The usual changes of the indicators (all when null), over every area's figures this audience may read. */
    private Map<String, DataRules.UsualChange> usualChanges(Audience audience, Set<String> indicators) {
        statements.increment();
        return sql.list(USUAL_CHANGES, parameters -> audience.bind(parameters.flag(indicators == null)
                .texts(indicators == null ? Set.of() : indicators)), row -> Map.entry(row.getString(1),
                new DataRules.UsualChange(row.getLong(2), BigDecimal.valueOf(row.getDouble(3)))))
                .stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<Reading> withoutWithheld(List<Reading> readings, Map<String, Measure> measures, Audience audience) {
        List<Reading> outside = readings.stream().filter(reading -> !caller.seesSmallNumbers(reading.area())).toList();
        if (outside.isEmpty()) {
            return readings;
        }
        Set<Suppression.Key> withheld = disclosure.withheld(outside.stream().map(reading -> DisclosureService.cell(
                reading.indicator(), reading.area(), reading.period(), measures.get(reading.indicator()).unit(),
                reading.value(), reading.numerator(), reading.denominator())).toList(), audience);
        return readings.stream().filter(reading -> !withheld.contains(new Suppression.Key(reading.indicator(),
                reading.area(), reading.period()))).toList();
    }
}
