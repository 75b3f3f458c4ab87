package org.promise.scorecard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
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
import org.promise.common.error.ApiException;
import org.promise.common.security.Caller;
import org.promise.common.wire.WireValue;
import org.promise.disclosure.Audience;
import org.promise.figure.ValueStatus;
import org.promise.indicator.Priority;
import org.promise.period.Period;
import org.promise.period.PeriodKind;
import org.promise.value.QualityFlag;
import org.promise.value.ValueRules;

/**
 * Calculates an authority's scorecard for a period from what {@link ScorecardReads} keeps in memory: the area and its
 * comparators, the catalogue, and each of those areas' values and targets (a statement or two for each not kept,
 * whatever the number of indicators). Everything else is computed by the plain rules of this package.
 */
@ApplicationScoped
public class ScorecardCalculator {


    private final ScorecardReads reads;
    private final ScorecardDisclosure disclosure;
    private final ObjectMapper json;

    public ScorecardCalculator(ScorecardReads reads, ScorecardDisclosure disclosure, ObjectMapper json) {
        this.reads = reads;
        this.disclosure = disclosure;
        this.json = json;
    }

    private record ComparatorArea(String kind, ScorecardReads.AreaRow area) {
    }

    private static final List<String> COMPARATOR_ORDER = List.of("england", "region", "statistical-neighbours",
            "regional-adoption-agency");

    private static Optional<String> comparatorKind(ScorecardReads.AreaRow candidate, String authority) {
        return switch (candidate.kind()) {
            case COUNTRY -> Optional.of("england");
            case REGION -> Optional.of("region");
            case STATISTICAL_NEIGHBOURS -> candidate.code().equals("SN-" + authority)
                    ? Optional.of("statistical-neighbours") : Optional.empty();
            // Only the agencies the authority is a member of are read (ScorecardReads.areas).
            case REGIONAL_ADOPTION_AGENCY -> Optional.of("regional-adoption-agency");
            case LOCAL_AUTHORITY -> Optional.empty();
        };
    }

    /** A scorecard's JSON, exactly as the API writes the card. */
    public record CardJson(byte[] bytes) {
    }

    /**
     * The card of {@link #calculate} as JSON, kept in the "scorecards" cache until a value, target or indicator
     * changes (see {@link ScorecardCache}), suppression included, so that a cached card costs no query and no
     * writing for anybody. Kept as its 45 KB of JSON rather than as the card's few thousand objects: those were
     * copied by every young collection while the card was new, and written out again for every reader.
     */
    @CacheResult(cacheName = ScorecardCache.NAME)
    public CardJson json(@CacheKey String areaCode, @CacheKey String periodCode, @CacheKey String priorityWire,
            @CacheKey Caller.View view, @CacheKey boolean trueComparators) {
        try {
            return new CardJson(json.writeValueAsBytes(card(areaCode, periodCode, priorityWire, view,
                    trueComparators)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A scorecard could not be written as JSON", e);
        }
    }

    /**
     * The card of {@link #card} for the API's own pages that read a card's rows (the dashboard, an action item's
     * linked indicators), kept in the "scorecard-views" cache as {@link #json} keeps its JSON.
     */
    @CacheResult(cacheName = ScorecardCache.VIEWS)
    public ScorecardView calculate(@CacheKey String areaCode, @CacheKey String periodCode,
            @CacheKey String priorityWire, @CacheKey Caller.View view, @CacheKey boolean trueComparators) {
        return card(areaCode, periodCode, priorityWire, view, trueComparators);
    }

    /**
     * The scorecard as a reader with this view of the authority sees it ({@link Caller.View}): an internal-only
     * indicator is not on the card at all (value, target or name) unless the view sees internal figures, and small
     * numbers are suppressed unless it sees them; comparators' small numbers unless {@code trueComparators}.
     * Not intercepted, so that neither cache keeps the other's form of a card.
     */
    // No transaction: its statements only read, and each would see what had committed when it began in one as well;
    // each takes a pooled connection for itself, so none is held while the card is calculated and none ends with a
    // COMMIT round trip.
    private ScorecardView card(String areaCode, String periodCode, String priorityWire, Caller.View view,
            boolean trueComparators) {
        boolean seesProvisional = view.seesProvisional();
        boolean seesInternal = view.seesInternal();
        Period period = Period.parse(periodCode);
        Optional<Priority> priority = WireValue.parse(Priority.class, priorityWire);
        Map<String, ScorecardReads.AreaRow> allAreas = reads.areas(areaCode, Area.ENGLAND).stream()
                .collect(Collectors.toMap(ScorecardReads.AreaRow::code, a -> a));
        ScorecardReads.AreaRow area = allAreas.get(areaCode);
        if (area == null) {
            throw ApiException.notFound("There is no area " + areaCode);
        }
        if (area.kind() != AreaKind.LOCAL_AUTHORITY) {
            throw notScored(area.name());
        }
        List<ComparatorArea> comparators = new ArrayList<>();
        for (ScorecardReads.AreaRow candidate : allAreas.values()) {
            comparatorKind(candidate, areaCode).ifPresent(kind -> comparators.add(new ComparatorArea(kind, candidate)));
        }
        comparators.sort(Comparator.comparing(c -> COMPARATOR_ORDER.indexOf(c.kind())));

        List<ScorecardReads.IndicatorRow> catalogue = reads.indicators();
        Map<String, Period> periodOf = new HashMap<>();
        for (ScorecardReads.IndicatorRow indicator : catalogue) {
            if (priority.isEmpty() || priority.get() == indicator.priority()) {
                readAt(indicator.periodKind(), period).ifPresent(p -> periodOf.put(indicator.code(), p));
            }
        }
        ScorecardReads.AreaFigures figures = reads.figures(areaCode);
        Map<String, ScorecardReads.AreaFigures> comparatorFigures = new HashMap<>();
        comparators.forEach(c -> comparatorFigures.put(c.area().code(), reads.figures(c.area().code())));

        Map<Priority, List<ScorecardView.Row>> rows = new EnumMap<>(Priority.class);
        for (ScorecardReads.IndicatorRow indicator : catalogue.stream()
                .sorted(Comparator.comparing(ScorecardReads.IndicatorRow::name)).toList()) {
            Period at = periodOf.get(indicator.code());
            if (at == null || indicator.internalOnly() && !seesInternal) {
                continue;
            }
            List<ValueRow> history = visibleUpTo(figures.of(indicator.code()), at, seesProvisional);
            ValueRow last = history.isEmpty() ? null : history.get(history.size() - 1);
            ValueRow current = last != null && last.periodCode().equals(at.code()) ? last : null;
            ScorecardReads.TargetRow target = figures.target(indicator.code(), at.code());
            if (current == null && target == null) {
                continue;
            }
            rows.computeIfAbsent(indicator.priority(), p -> new ArrayList<>())
                    .add(row(indicator, at, current, target, history, comparators, comparatorFigures));
        }
        List<ScorecardView.Group> groups = rows.entrySet().stream()
                .map(e -> new ScorecardView.Group(e.getKey(), e.getKey().title(), e.getValue()))
                .toList();
        ScorecardView card = new ScorecardView(area.code(), area.name(), period.code(), groups);
        // A reader weighs the related figures of this area that they may see: its internal-only ones (and its
        // provisional ones) exactly when they see them on the card.
        boolean suppressOwn = !view.seesSmallNumbers();
        return suppressOwn || !trueComparators ? disclosure.withhold(card,
                Audience.ofArea(areaCode, seesProvisional, seesInternal),
                code -> code.equals(areaCode) ? suppressOwn : !trueComparators) : card;
    }

    private ScorecardView.Row row(ScorecardReads.IndicatorRow indicator, Period at, ValueRow current, ScorecardReads.TargetRow target,
            List<ValueRow> history, List<ComparatorArea> comparators,
            Map<String, ScorecardReads.AreaFigures> comparatorFigures) {
        Measure measure = indicator.measure();
        Optional<ValueRules.Fraction> mismatch = current == null ? Optional.empty() : ValueRules.mismatch(
                indicator.unit(), indicator.decimals(), current.value(), current.numerator(), current.denominator());
        Reading reading = current == null ? Reading.MISSING : current.reading();
        String previousCode = at.previous().code();
        ValueRow previous = history.stream().filter(v -> v.periodCode().equals(previousCode)).findFirst()
                .orElse(null);
        RagRule.Assessment rag = RagRule.assess(measure, reading, target == null ? null : target.facts());
        DirectionRule.Assessment direction = DirectionRule.assess(measure, reading,
                previous == null ? Reading.MISSING : previous.reading());

        List<ScorecardView.ComparatorReading> comparatorReadings = new ArrayList<>();
        for (ComparatorArea comparator : comparators) {
            ValueRow latest = latestFinal(comparatorFigures.get(comparator.area().code()).of(indicator.code()), at);
            if (latest != null) {
                comparatorReadings.add(new ScorecardView.ComparatorReading(comparator.kind(), comparator.area().code(),
                        comparator.area().name(), latest.periodCode(), latest.value(), latest.symbol(),
                        Comparison.of(measure, comparator.kind(), reading, latest.reading())));
            }
        }
        return new ScorecardView.Row(indicator.code(), indicator.name(), indicator.plainName(), indicator.unit(),
                indicator.polarity(), indicator.decimals(), at.code(),
                current == null ? null : current.value(), current == null ? null : current.symbol(),
                current == null ? null : current.status(), current == null ? null : current.numerator(),
                current == null ? null : current.denominator(), mismatch.orElse(null),
                current == null ? null : current.note(),
                QualityFlag.of(mismatch),
                target == null ? null : new ScorecardView.TargetSummary(target.facts().value(),
                        target.facts().tolerance(), target.basis(), target.facts().pending(),
                        target.facts().pendingReason()),
                rag.rag(), rag.reason(), direction.direction(), direction.reason(),
                previous == null ? null : reading(previous),
                comparatorReadings,
                history.stream().map(ScorecardCalculator::reading).toList());
    }

    private static ScorecardView.PeriodReading reading(ValueRow value) {
        return new ScorecardView.PeriodReading(value.periodCode(), value.value(), value.symbol());
    }

    /**
     * The values a reader sees (final ones, and provisional ones when {@code provisional}) of periods that end by the
     * given one's end: the indicator's values are all of its own kind and oldest first.
     */
    static List<ValueRow> visibleUpTo(List<ValueRow> values, Period at, boolean provisional) {
        LocalDate end = at.end();
        List<ValueRow> visible = new ArrayList<>(values.size());
        for (ValueRow value : values) {
            if (value.periodEnd().isAfter(end)) {
                break;
            }
            if (provisional || value.status() == ValueStatus.FINAL) {
                visible.add(value);
            }
        }
        return visible;
    }

    /** A comparator's latest final value of a period that ends by the given one's end, if any. */
    static ValueRow latestFinal(List<ValueRow> values, Period at) {
        LocalDate end = at.end();
        for (int i = values.size() - 1; i >= 0; i--) {
            ValueRow value = values.get(i);
            if (!value.periodEnd().isAfter(end) && value.status() == ValueStatus.FINAL) {
                return value;
            }
        }
        return null;
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

    /** The refusal of a scorecard, or of its periods, for an area that is not a local authority. */
    static ApiException notScored(String areaName) {
        return ApiException.invalid("area", "local-authority", "A scorecard is for a local authority; " + areaName
                + " is compared with, not scored");
    }
}
