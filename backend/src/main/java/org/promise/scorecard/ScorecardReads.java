package org.promise.scorecard;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.promise.common.sql.PlainSql;
import org.promise.common.wire.Decimals;
import org.promise.common.wire.WireValue;
import org.promise.figure.ValueStatus;
import org.promise.indicator.StatisticalSymbol;
import org.promise.target.TargetFacts;

/**
 * The scorecard's hot path in plain SQL: the rows it reads are figures, never changed here, so they skip the ORM.
 * What a card is calculated from is kept in memory between scorecards and emptied with them ({@link ScorecardCache}):
 * each area's figures, each authority's comparator areas and the catalogue.
 */
@ApplicationScoped
public class ScorecardReads {

    /** An area's values of every indicator and period, each indicator's oldest first. */
    private static final String VALUES = """
            select indicator_code, period_code, period_end, value, symbol, numerator, denominator, status, note
            from indicator_value where area_code = ? order by indicator_code, period_end
            """;

    private static final String TARGETS = """
            select indicator_code, period_code, value, tolerance, basis, pending, pending_reason
            from target where area_code = ?
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
     * An area's figures as scorecards read them: every value of each indicator (oldest first) and every target.
     * Immutable, so that any number of cards can read them at once.
     */
    public record AreaFigures(Map<String, List<ValueRow>> values, Map<String, Map<String, TargetRow>> targets) {

        /** The indicator's values, oldest first; none if it has none. */
        public List<ValueRow> of(String indicator) {
            return values.getOrDefault(indicator, List.of());
        }

        /** The indicator's target for a period, if it has one. */
        public TargetRow target(String indicator, String period) {
            Map<String, TargetRow> byPeriod = targets.get(indicator);
            return byPeriod == null ? null : byPeriod.get(period);
        }

        /** The indicator's value of a period, if it has one. */
        public ValueRow at(String indicator, String period) {
            for (ValueRow value : of(indicator)) {
                if (value.periodCode().equals(period)) {
                    return value;
                }
            }
            return null;
        }
    }

    /**
     * An area's values and targets, kept with the scorecards ({@link ScorecardCache#FIGURES}): an authority's card
     * shows every past value of its indicators and the latest of its comparators', and reading those rows from
     * PostgreSQL for each card cost more processor time than calculating the card (docs/performance.md). Two
     * statements an area, whatever the number of indicators or periods; the codes and dates the rows repeat are kept
     * once, and numbers are kept as the API writes them ({@link Decimals#plain}), so that no card converts them again.
     */
    @CacheResult(cacheName = ScorecardCache.FIGURES)
    public AreaFigures figures(String area) {
        Map<String, Object> shared = new HashMap<>();
        Map<String, List<ValueRow>> values = new HashMap<>();
        for (ValueRow value : query(VALUES, parameters -> parameters.text(area),
                row -> new ValueRow(once(shared, row.getString(1)), area, once(shared, row.getString(2)),
                        once(shared, row.getString(2) + "@end", row.getObject(3, LocalDate.class)),
                        Decimals.plain(row.getBigDecimal(4)),
                        WireValue.stored(StatisticalSymbol.class, row.getString(5)),
                        Decimals.plain(row.getBigDecimal(6)), Decimals.plain(row.getBigDecimal(7)),
                        WireValue.stored(ValueStatus.class, row.getString(8)), row.getString(9)))) {
            values.computeIfAbsent(value.indicatorCode(), code -> new ArrayList<>()).add(value);
        }
        Map<String, Map<String, TargetRow>> targets = new HashMap<>();
        for (TargetRow target : query(TARGETS, parameters -> parameters.text(area),
                row -> new TargetRow(once(shared, row.getString(1)), once(shared, row.getString(2)),
                        new TargetFacts(Decimals.plain(row.getBigDecimal(3)), Decimals.plain(row.getBigDecimal(4)),
                                row.getBoolean(6),
                                row.getString(7)), row.getString(5)))) {
            targets.computeIfAbsent(target.indicatorCode(), code -> new HashMap<>()).put(target.periodCode(), target);
        }
        Map<String, List<ValueRow>> frozen = new HashMap<>();
        values.forEach((indicator, rows) -> frozen.put(indicator, List.copyOf(rows)));
        Map<String, Map<String, TargetRow>> frozenTargets = new HashMap<>();
        targets.forEach((indicator, byPeriod) -> frozenTargets.put(indicator, Map.copyOf(byPeriod)));
        return new AreaFigures(Map.copyOf(frozen), Map.copyOf(frozenTargets));
    }

    private static String once(Map<String, Object> shared, String text) {
        return text == null ? null : (String) shared.computeIfAbsent(text, key -> text);
    }

    private static LocalDate once(Map<String, Object> shared, String key, LocalDate date) {
        return (LocalDate) shared.computeIfAbsent(key, k -> date);
    }
}
