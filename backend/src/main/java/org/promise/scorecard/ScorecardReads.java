package org.promise.scorecard;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.promise.common.sql.PlainSql;
import org.promise.common.wire.WireValue;
import org.promise.figure.ValueStatus;
import org.promise.indicator.StatisticalSymbol;
import org.promise.target.TargetFacts;

/**
 * The scorecard's hot path in plain SQL: the rows it reads are figures, never changed here, so they skip the ORM.
 * One statement brings the authority's values with the latest final value of each comparator, another its targets;
 * the areas and the catalogue are kept in memory between scorecards.
 */
@ApplicationScoped
public class ScorecardReads {

    /**
     * The authority's values up to a date, and for each comparator area the latest final value of each indicator up
     * to that date. Both are read from the covering index alone (indicator_value_area_idx): the only column it
     * lacks, the note, is shown for the period a row is read at, so it is looked up for those values only.
     */
    private static final String VALUES = """
            select v.indicator_code, v.area_code, v.period_code, v.period_end, v.value, v.symbol, v.numerator,
                   v.denominator, v.status,
                   case when v.period_code = any(?) then (select n.note from indicator_value n
                       where n.indicator_code = v.indicator_code and n.area_code = v.area_code
                         and n.period_code = v.period_code) end
            from indicator_value v
            where v.area_code = ? and v.indicator_code = any(?) and v.period_end <= ?
            union all
            select i.code, a.code, l.period_code, l.period_end, l.value, l.symbol, l.numerator, l.denominator,
                   l.status, null
            from unnest(?::varchar[]) as a(code)
            cross join unnest(?::varchar[]) as i(code)
            cross join lateral (
                select x.period_code, x.period_end, x.value, x.symbol, x.numerator, x.denominator, x.status
                from indicator_value x
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
               or code in (select agency_code from agency_member where member_code = ?)
            """;

    private static final String INDICATORS = """
            select code, name, plain_name, unit, polarity, priority, period_kind, decimals, internal_only from indicator
            """;

    private static final String PUBLISHES = """
            select publishes_scorecard from area where code = ? and kind = 'local-authority'
            """;

    private final PlainSql sql;
    private final io.micrometer.core.instrument.Counter statements;

    public ScorecardReads(PlainSql sql, io.micrometer.core.instrument.MeterRegistry registry) {
        this.sql = sql;
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

    private <T> List<T> query(String statement, PlainSql.Binder binder, PlainSql.RowMapper<T> mapper) {
        statements.increment();
        return List.copyOf(sql.list(statement, binder, mapper));
    }

    /**
     * The authority, England, its region, its statistical neighbours and the adoption agencies it is a member of:
     * reference data, kept with the scorecards ({@link ScorecardCache#AREAS}).
     */
    @CacheResult(cacheName = ScorecardCache.AREAS)
    public List<AreaRow> areas(String area, String england) {
        return query(AREAS, parameters -> parameters.texts(new Object[] {area, england, "SN-" + area}).text(area)
                        .text(area),
                row -> new AreaRow(row.getString(1), row.getString(2),
                        WireValue.stored(org.promise.area.AreaKind.class, row.getString(3))));
    }

    /** The catalogue: reference data, kept with the scorecards ({@link ScorecardCache#CATALOGUE}). */
    @CacheResult(cacheName = ScorecardCache.CATALOGUE)
    public List<IndicatorRow> indicators() {
        return query(INDICATORS, parameters -> { }, row -> new IndicatorRow(row.getString(1), row.getString(2),
                row.getString(3), WireValue.stored(org.promise.indicator.Unit.class, row.getString(4)),
                WireValue.stored(org.promise.indicator.Polarity.class, row.getString(5)),
                WireValue.stored(org.promise.indicator.Priority.class, row.getString(6)),
                WireValue.stored(org.promise.period.PeriodKind.class, row.getString(7)),
                row.getInt(8), row.getBoolean(9)));
    }

    /**
     * Whether the area is a local authority that publishes its scorecard to the public: reference data, kept with the
     * scorecards ({@link ScorecardCache#PUBLISHING}), so that a public scorecard from the cache costs no statement.
     */
    @CacheResult(cacheName = ScorecardCache.PUBLISHING)
    public boolean publishesScorecard(String area) {
        return query(PUBLISHES, parameters -> parameters.text(area), row -> row.getBoolean(1)).contains(true);
    }

    /** A target as the scorecard shows it. */
    public record TargetRow(String indicatorCode, String periodCode, TargetFacts facts, String basis) {
    }

    /**
     * The authority's values of the indicators up to a date (oldest first), with their notes in the periods
     * {@code shownPeriods} only, and for each comparator area the latest final value of each indicator up to that
     * date.
     */
    public List<ValueRow> values(String area, Collection<String> comparators, Collection<String> indicators,
            LocalDate end, Collection<String> shownPeriods) {
        return query(VALUES, parameters -> parameters.texts(shownPeriods).text(area).texts(indicators).date(end)
                .texts(comparators).texts(indicators).date(end),
                row -> new ValueRow(row.getString(1), row.getString(2), row.getString(3),
                        row.getObject(4, LocalDate.class), row.getBigDecimal(5),
                        WireValue.stored(StatisticalSymbol.class, row.getString(6)), row.getBigDecimal(7),
                        row.getBigDecimal(8), WireValue.stored(ValueStatus.class, row.getString(9)),
                        row.getString(10)));
    }

    /** The authority's targets of some periods. */
    public List<TargetRow> targets(String area, Collection<String> periods) {
        return query(TARGETS, parameters -> parameters.text(area).texts(periods),
                row -> new TargetRow(row.getString(1), row.getString(2), new TargetFacts(row.getBigDecimal(3),
                        row.getBigDecimal(4), row.getBoolean(6), row.getString(7)), row.getString(5)));
    }
}
