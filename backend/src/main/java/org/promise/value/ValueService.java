package org.promise.value;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.promise.area.Area;
import org.promise.area.AreaService;
import org.promise.area.AreaView;
import org.promise.common.audit.ChangeHistory;
import org.promise.common.change.FiguresChanged;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;
import org.promise.common.security.Caller;
import org.promise.common.time.Clocks;
import org.promise.common.wire.Decimals;
import org.promise.disclosure.DisclosureService;
import org.promise.disclosure.Suppression;
import org.promise.figure.FigureChecks;
import org.promise.figure.EesGeography;
import org.promise.figure.FigureWrites;
import org.promise.figure.TidyCsv;
import org.promise.figure.TidyPeriods;
import org.promise.figure.ValueStatus;
import org.promise.indicator.Indicator;
import org.promise.indicator.IndicatorService;
import org.promise.period.Period;
import org.promise.period.PeriodParam;

@ApplicationScoped
public class ValueService {

    static final String AUDIT_TYPE = "indicator-value";

    private final ValueRepository repository;
    private final IndicatorService indicators;
    private final AreaService areas;
    private final Caller caller;
    private final DisclosureService disclosure;
    private final FigureWrites writes;
    private final Clock clock;
    private final FigureChecks checks;

    public ValueService(ValueRepository repository, IndicatorService indicators, AreaService areas, Caller caller,
            DisclosureService disclosure, FigureWrites writes, Clock clock, FigureChecks checks) {
        this.clock = clock;
        this.checks = checks;
        this.repository = repository;
        this.indicators = indicators;
        this.areas = areas;
        this.caller = caller;
        this.disclosure = disclosure;
        this.writes = writes;
    }

    /** Values are written as any figure is ({@link FigureWrites}); a view needs the indicator's measure. */
    private FigureWrites.Kind<IndicatorValue, ValueView> kind(Indicator indicator) {
        return new FigureWrites.Kind<>(AUDIT_TYPE, "value", FiguresChanged.What.VALUES, IndicatorValue::new,
                value -> ValueView.of(indicator, value));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ValueView> list(String code, String area, String from, String to) {
        indicators.findListed(code);
        return search(code, area, from, to);
    }

    /** The values the caller may see, of one indicator or all, one area or all, in a range of periods. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ValueView> search(String code, String area, String from, String to) {
        return search(code, area, from, to, List.of());
    }

    /**
     * The same, keeping only the values whose CSV rows have one of the time identifiers given (all when none is):
     * EES takes a data file only when its identifiers are of one kind (decision 47).
     */
    public List<ValueView> search(String code, String area, String from, String to, List<String> timeIdentifiers) {
        List<String> kept = TidyPeriods.filter(timeIdentifiers);
        Map<String, Indicator> catalogue = indicators.catalogue();
        List<FieldError> unknown = new ArrayList<>(IndicatorService.unknownCodes("indicator", optional(code),
                indicators.listed(catalogue)));
        unknown.addAll(areas.unknownCodes("area", optional(area)));
        if (!unknown.isEmpty()) {
            throw ApiException.invalid(unknown);
        }
        Period fromPeriod = from == null ? null : PeriodParam.parse("from", from);
        Period toPeriod = to == null ? null : PeriodParam.parse("to", to);
        return withholdSmallNumbers(repository.search(code == null ? null : Set.of(code), area,
                        fromPeriod == null ? null : fromPeriod.end(), toPeriod == null ? null : toPeriod.end()).stream()
                .filter(value -> isVisible(catalogue.get(value.indicatorCode), value))
                .filter(value -> kept.isEmpty()
                        || kept.contains(TidyPeriods.write(Period.parse(value.periodCode))[1]))
                .map(value -> ValueView.of(catalogue.get(value.indicatorCode), value))
                .toList(), catalogue);
    }

    private static List<String> optional(String code) {
        return code == null ? List.of() : List.of(code);
    }

    /**
     * Withheld values become "c" in the areas whose small numbers the caller does not see, and the notes of the
     * values published there lose any small count they state.
     */
    private List<ValueView> withholdSmallNumbers(List<ValueView> values, Map<String, Indicator> catalogue) {
        List<ValueView> outside = values.stream().filter(value -> !caller.seesSmallNumbers(value.area())).toList();
        if (outside.isEmpty()) {
            return values;
        }
        Set<Suppression.Key> withheld = disclosure.withheld(outside.stream().map(value -> DisclosureService.cell(
                value.indicator(), value.area(), value.period(), catalogue.get(value.indicator()).unit, value.value(),
                value.numerator(), value.denominator())).toList());
        return values.stream().map(value -> caller.seesSmallNumbers(value.area()) ? value
                : withheld.contains(new Suppression.Key(value.indicator(), value.area(), value.period()))
                        ? value.withheld() : value.screened())
                .toList();
    }

    /** Values as a tidy CSV file, each row naming its area as well as giving its code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String tidyCsv(List<ValueView> values) {
        Map<String, Area> byCode = areas.allByCode();
        return TidyCsv.write(values.stream().map(value -> {
            List<Object> cells = new ArrayList<>(TidyCsv.cells(value.period(),
                    EesGeography.of(byCode.get(value.area()), byCode), value.indicator(), value.value(),
                    value.symbol(), value.numerator(), value.denominator(), value.status()));
            cells.addAll(TidyCsv.footnotes(value.note(), QualityFlag.messages(value.flags())));
            return cells;
        }).toList());
    }

    /** The periods in which each of the areas has a value the public reads. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Set<String>> publishedPeriods(Collection<String> areas) {
        return repository.publishedPeriods(areas);
    }

    /** How many of the area's values a reader with this view sees, by period code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> countByPeriod(String area, Caller.View view) {
        return repository.countByPeriod(area, view.seesProvisional(), view.seesInternal());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ValueView get(String code, String area, String period) {
        Indicator indicator = indicators.findListed(code);
        return withholdSmallNumbers(List.of(ValueView.of(indicator, findVisible(indicator, area, period))),
                Map.of(code, indicator)).get(0);
    }

    @Transactional
    public FigureWrites.Saved<ValueView> put(String code, String areaCode, String periodCode, String ifMatch,
            ValueInput input) {
        Indicator indicator = indicators.findListed(code);
        AreaView area = requireArea(areaCode);
        Period period = PeriodParam.parse("period", periodCode, indicator.periodKind);
        requireWriteAccess(area);
        var errors = ValueRules.check(indicator.unit, input.value(), input.symbol(), input.numerator(),
                input.denominator());
        ValueRules.notEnded(period, Clocks.boardDate(clock), "period").ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        FigureWrites.Saved<ValueView> saved = writes.put(kind(indicator), repository.findOne(code, area.code(),
                period.code()), code, area.code(), period, ifMatch, value -> sameAs(input, value),
                value -> apply(input, value));
        return new FigureWrites.Saved<>(saved.view().withWarnings(checks.raisedBy(List.of(
                new FigureChecks.Written(code, area.code(), period.code())))), saved.version(), saved.created());
    }

    @Transactional
    public void delete(String code, String areaCode, String periodCode, String ifMatch) {
        Indicator indicator = indicators.findListed(code);
        IndicatorValue value = findVisible(indicator, areaCode, periodCode);
        requireWriteAccess(requireArea(areaCode));
        writes.delete(kind(indicator), value, ifMatch);
    }

    /** Who changed the value and how, for the area's insiders; kept after the value is removed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChangeHistory history(String code, String areaCode, String periodCode) {
        Indicator indicator = indicators.findListed(code);
        AreaView area = requireArea(areaCode);
        Period period = PeriodParam.parse("period", periodCode, indicator.periodKind);
        return writes.history(kind(indicator), indicator.code, area.code(), period);
    }

    boolean isVisible(Indicator indicator, IndicatorValue value) {
        return caller.mayRead(value.areaCode, value.status == ValueStatus.FINAL, indicator.internalOnly);
    }

    /**
     * Officers write their own authority's figures, an agency's officers the agency's; England, regional and
     * neighbour figures are the admins'.
     */
    void requireWriteAccess(AreaView area) {
        if (area.kind().hasOwnOfficers()) {
            caller.requireWriteAccess(area.code());
        } else {
            caller.requireAdmin("England, regional and statistical-neighbour values");
        }
    }

    AreaView requireArea(String code) {
        return areas.find(code).orElseThrow(() -> ApiException.notFound("There is no area " + code));
    }

    private IndicatorValue findVisible(Indicator indicator, String area, String periodCode) {
        Period period = PeriodParam.parse("period", periodCode, indicator.periodKind);
        return repository.findOne(indicator.code, area, period.code())
                .filter(value -> isVisible(indicator, value))
                .orElseThrow(() -> ApiException.notFound(
                        "There is no value of " + indicator.code + " for " + area + " in " + period.code()));
    }

    static boolean sameAs(ValueInput input, IndicatorValue value) {
        return Decimals.sameNumber(input.value(), value.value) && input.symbol() == value.symbol
                && Decimals.sameNumber(input.numerator(), value.numerator)
                && Decimals.sameNumber(input.denominator(), value.denominator)
                && input.status() == value.status && Objects.equals(input.source(), value.source)
                && Objects.equals(input.note(), value.note);
    }

    private static void apply(ValueInput input, IndicatorValue value) {
        value.value = input.value();
        value.symbol = input.symbol();
        value.numerator = input.numerator();
        value.denominator = input.denominator();
        value.status = input.status();
        value.source = input.source();
        value.note = input.note();
    }
}
