package org.promise.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.promise.area.Area;
import org.promise.area.AreaKind;
import org.promise.area.AreaRepository;
import org.promise.common.error.ApiException;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import org.promise.common.wire.Decimals;
import org.promise.common.wire.WireValue;
import org.promise.indicator.Indicator;
import org.promise.indicator.IndicatorRepository;
import org.promise.indicator.Priority;
import org.promise.period.Period;
import org.promise.period.PeriodKind;
import org.promise.target.Target;
import org.promise.target.TargetRepository;
import java.time.LocalDate;
import org.promise.value.ValueRow;
import org.promise.value.ValueRepository;
import org.promise.value.ValueRules;
import org.promise.value.ValueStatus;

/**
 * Calculates an authority's scorecard for a period in a fixed number of statements, whatever the number of
 * indicators: the area and its comparators, the catalogue, the authority's values, its targets, and the
 * comparator values. Everything else is computed in memory by the plain rules of this package.
 */
@ApplicationScoped
public class ScorecardCalculator {

    private static final String ENGLAND = "E92000001";

    private final AreaRepository areas;
    private final IndicatorRepository indicators;
    private final ValueRepository values;
    private final TargetRepository targets;

    private final org.hibernate.Session session;

    public ScorecardCalculator(AreaRepository areas, IndicatorRepository indicators, ValueRepository values,
            TargetRepository targets, org.hibernate.Session session) {
        this.session = session;
        this.areas = areas;
        this.indicators = indicators;
        this.values = values;
        this.targets = targets;
    }

    private record ComparatorArea(String kind, Area area) {
    }

    /**
     * The scorecard as a reader with or without sight of the authority's provisional figures sees it. Kept in the
     * "scorecards" cache until a value, target or indicator changes (see {@link ScorecardCache}).
     */
    @Transactional
    @CacheResult(cacheName = ScorecardCache.NAME)
    public ScorecardView calculate(@CacheKey String areaCode, @CacheKey String periodCode, @CacheKey String priorityWire,
            @CacheKey boolean seesProvisional) {
        // Nothing read here is changed: no snapshots to keep, nothing to check at commit.
        session.setDefaultReadOnly(true);
        Period period = Period.parse(periodCode);
        Optional<Priority> priority = WireValue.parse(Priority.class, priorityWire);
        Map<String, Area> allAreas = areas.withComparators(areaCode, ENGLAND).stream()
                .collect(Collectors.toMap(a -> a.code, a -> a));
        Area area = allAreas.get(areaCode);
        if (area == null) {
            throw ApiException.notFound("There is no area " + areaCode);
        }
        if (area.kind != AreaKind.LOCAL_AUTHORITY) {
            throw ApiException.invalid("area", "local-authority", "A scorecard is for a local authority; "
                    + area.name + " is compared with, not scored");
        }
        List<ComparatorArea> comparators = new ArrayList<>();
        for (var candidate : List.of(Map.entry("england", ENGLAND),
                Map.entry("region", String.valueOf(area.parentCode)),
                Map.entry("statistical-neighbours", "SN-" + areaCode))) {
            Area comparator = allAreas.get(candidate.getValue());
            if (comparator != null) {
                comparators.add(new ComparatorArea(candidate.getKey(), comparator));
            }
        }

        List<Indicator> catalogue = indicators.listAll();
        Map<String, Period> periodOf = new HashMap<>();
        for (Indicator indicator : catalogue) {
            if (priority.isEmpty() || priority.get() == indicator.priority) {
                readAt(indicator.periodKind, period).ifPresent(p -> periodOf.put(indicator.code, p));
            }
        }
        var latestEnd = periodOf.values().stream().map(Period::end).max(Comparator.naturalOrder()).orElse(period.end());

        Map<String, List<ValueRow>> local = values.forScorecard(List.of(areaCode), periodOf.keySet(), latestEnd)
                .stream()
                .filter(v -> v.status() == ValueStatus.FINAL || seesProvisional)
                .collect(Collectors.groupingBy(ValueRow::indicatorCode));
        // Comparators are published figures: their latest final value is all the scorecard shows of them.
        Map<String, Map<String, List<ValueRow>>> comparatorValues = values.latestFinal(
                        comparators.stream().map(c -> c.area().code).toList(), periodOf.keySet(), latestEnd).stream()
                .collect(Collectors.groupingBy(ValueRow::areaCode, Collectors.groupingBy(ValueRow::indicatorCode)));
        Map<String, Target> targetOf = targets.forAreaAndPeriods(areaCode,
                        periodOf.values().stream().map(Period::code).collect(Collectors.toSet())).stream()
                .filter(t -> periodOf.containsKey(t.indicatorCode)
                        && t.periodCode.equals(periodOf.get(t.indicatorCode).code()))
                .collect(Collectors.toMap(t -> t.indicatorCode, t -> t));

        Map<Priority, List<ScorecardView.Row>> rows = new EnumMap<>(Priority.class);
        for (Indicator indicator : catalogue.stream().sorted(Comparator.comparing(i -> i.name)).toList()) {
            Period at = periodOf.get(indicator.code);
            if (at == null) {
                continue;
            }
            List<ValueRow> history = upTo(local.get(indicator.code), at);
            ValueRow current = history.stream().filter(v -> v.periodCode().equals(at.code())).findFirst()
                    .orElse(null);
            Target target = targetOf.get(indicator.code);
            if (current == null && target == null) {
                continue;
            }
            rows.computeIfAbsent(indicator.priority, p -> new ArrayList<>())
                    .add(row(indicator, at, current, target, history, comparators, comparatorValues));
        }
        List<ScorecardView.Group> groups = rows.entrySet().stream()
                .map(e -> new ScorecardView.Group(e.getKey(), e.getKey().title(), e.getValue()))
                .toList();
        return new ScorecardView(area.code, area.name, period.code(), groups);
    }

    private ScorecardView.Row row(Indicator indicator, Period at, ValueRow current, Target target,
            List<ValueRow> history, List<ComparatorArea> comparators,
            Map<String, Map<String, List<ValueRow>>> comparatorValues) {
        Measure measure = indicator.measure();
        Reading reading = current == null ? Reading.MISSING : current.reading();
        String previousCode = at.previous().code();
        ValueRow previous = history.stream().filter(v -> v.periodCode().equals(previousCode)).findFirst()
                .orElse(null);
        RagRule.Assessment rag = RagRule.assess(measure, reading, target == null ? null : target.facts());
        DirectionRule.Assessment direction = DirectionRule.assess(measure, reading,
                previous == null ? Reading.MISSING : previous.reading());

        List<ScorecardView.ComparatorReading> comparatorReadings = new ArrayList<>();
        for (ComparatorArea comparator : comparators) {
            List<ValueRow> theirs = upTo(comparatorValues.getOrDefault(comparator.area().code, Map.of())
                    .get(indicator.code), at);
            if (!theirs.isEmpty()) {
                ValueRow latest = theirs.get(theirs.size() - 1);
                comparatorReadings.add(new ScorecardView.ComparatorReading(comparator.kind(), comparator.area().code,
                        comparator.area().name, latest.periodCode(), Decimals.plain(latest.value()), latest.symbol(),
                        Comparison.of(measure, reading, latest.reading())));
            }
        }
        return new ScorecardView.Row(indicator.code, indicator.name, indicator.plainName, indicator.unit,
                indicator.polarity, indicator.decimals, at.code(),
                current == null ? null : Decimals.plain(current.value()), current == null ? null : current.symbol(),
                current == null ? null : current.status(), current == null ? null : Decimals.plain(current.numerator()),
                current == null ? null : Decimals.plain(current.denominator()),
                current == null ? null : ValueRules.mismatch(indicator.unit, indicator.decimals, current.value(),
                        current.numerator(), current.denominator()).orElse(null),
                target == null ? null : new ScorecardView.TargetSummary(Decimals.plain(target.value),
                        Decimals.plain(target.tolerance), target.basis, target.pending, target.pendingReason),
                rag.rag(), rag.reason(), direction.direction(), direction.reason(),
                previous == null ? null : reading(previous),
                comparatorReadings,
                history.stream().map(ScorecardCalculator::reading).toList());
    }

    private static ScorecardView.PeriodReading reading(ValueRow value) {
        return new ScorecardView.PeriodReading(value.periodCode(), Decimals.plain(value.value()), value.symbol());
    }

    /** The values (all of the indicator's own kind, oldest first) of periods that end by the given one's end. */
    private static List<ValueRow> upTo(List<ValueRow> values, Period at) {
        if (values == null) {
            return List.of();
        }
        LocalDate end = at.end();
        return values.stream().filter(v -> !v.periodEnd().isAfter(end)).toList();
    }

    /**
     * The period an indicator is read at on a scorecard: the period itself when the kinds match; for a financial
     * year, snapshot indicators at its last day and rolling three-year indicators for the three years ending then.
     */
    static Optional<Period> readAt(PeriodKind kind, Period scorecardPeriod) {
        if (kind == scorecardPeriod.kind()) {
            return Optional.of(scorecardPeriod);
        }
        if (scorecardPeriod.kind() == PeriodKind.FINANCIAL_YEAR) {
            if (kind == PeriodKind.SNAPSHOT) {
                return Optional.of(Period.snapshot(scorecardPeriod.end()));
            }
            if (kind == PeriodKind.ROLLING_THREE_YEARS) {
                return Optional.of(Period.rollingThreeYears(scorecardPeriod.year() - 2));
            }
        }
        return Optional.empty();
    }
}
