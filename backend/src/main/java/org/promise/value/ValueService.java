package org.promise.value;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.promise.area.AreaKind;
import org.promise.area.AreaService;
import org.promise.area.AreaView;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.ApiException;
import org.promise.common.security.Caller;
import org.promise.disclosure.DisclosureService;
import org.promise.disclosure.Suppression;
import org.promise.common.wire.Decimals;
import org.promise.indicator.Indicator;
import org.promise.indicator.IndicatorService;
import org.promise.period.Period;
import org.promise.period.PeriodParam;
import org.promise.scorecard.ScorecardCache;

@ApplicationScoped
public class ValueService {

    static final String AUDIT_TYPE = "indicator-value";

    private final ValueRepository repository;
    private final IndicatorService indicators;
    private final AreaService areas;
    private final AuditService audit;
    private final Caller caller;
    private final ScorecardCache scorecards;
    private final DisclosureService disclosure;

    public ValueService(ValueRepository repository, IndicatorService indicators, AreaService areas,
            AuditService audit, Caller caller, ScorecardCache scorecards, DisclosureService disclosure) {
        this.scorecards = scorecards;
        this.disclosure = disclosure;
        this.repository = repository;
        this.indicators = indicators;
        this.areas = areas;
        this.audit = audit;
        this.caller = caller;
    }

    public record Saved(ValueView value, boolean created) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ValueView> list(String code, String area, String from, String to) {
        indicators.find(code);
        return search(code, area, from, to);
    }

    /** The values the caller may see, of one indicator or all, one area or all, in a range of periods. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ValueView> search(String code, String area, String from, String to) {
        Period fromPeriod = from == null ? null : PeriodParam.parse("from", from);
        Period toPeriod = to == null ? null : PeriodParam.parse("to", to);
        Map<String, Indicator> catalogue = indicators.catalogue();
        return withholdSmallNumbers(repository.search(code == null ? null : Set.of(code), area,
                        fromPeriod == null ? null : fromPeriod.end(), toPeriod == null ? null : toPeriod.end()).stream()
                .filter(value -> isVisible(catalogue.get(value.indicatorCode), value))
                .map(value -> ValueView.of(catalogue.get(value.indicatorCode), value))
                .toList(), catalogue);
    }

    /** For callers who get small numbers suppressed (partners, analysts), withheld values become "c". */
    private List<ValueView> withholdSmallNumbers(List<ValueView> values, Map<String, Indicator> catalogue) {
        if (!disclosure.suppresses()) {
            return values;
        }
        Set<Suppression.Key> withheld = disclosure.withheld(values.stream().map(value -> DisclosureService.cell(
                value.indicator(), value.area(), value.period(), catalogue.get(value.indicator()).unit, value.value(),
                value.numerator(), value.denominator())).toList());
        return values.stream().map(value -> withheld.contains(
                new Suppression.Key(value.indicator(), value.area(), value.period())) ? value.withheld() : value)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ValueView get(String code, String area, String period) {
        Indicator indicator = indicators.find(code);
        return withholdSmallNumbers(List.of(ValueView.of(indicator, findVisible(indicator, area, period))),
                Map.of(code, indicator)).get(0);
    }

    @Transactional
    public Saved put(String code, String areaCode, String periodCode, String ifMatch, ValueInput input) {
        Indicator indicator = indicators.find(code);
        AreaView area = requireArea(areaCode);
        Period period = PeriodParam.parse("period", periodCode, indicator.periodKind);
        requireWriteAccess(area);
        var errors = ValueRules.check(indicator.unit, input.value(), input.symbol(), input.numerator(),
                input.denominator());
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        var existing = repository.findOne(code, area.code(), period.code());
        if (existing.isEmpty()) {
            EntityTags.requireNoneForNew(ifMatch, "value for " + period.code());
            IndicatorValue value = new IndicatorValue();
            value.indicatorCode = code;
            value.areaCode = area.code();
            value.periodCode = period.code();
            value.periodEnd = period.end();
            apply(input, value);
            repository.persistAndFlush(value);
            scorecards.changed();
            ValueView created = ValueView.of(indicator, value);
            audit.record(AUDIT_TYPE, auditId(value), AuditAction.CREATE, null, created);
            return new Saved(created, true);
        }
        IndicatorValue value = existing.get();
        EntityTags.requireCurrent(ifMatch, value.version);
        if (sameAs(input, value)) {
            return new Saved(ValueView.of(indicator, value), false);
        }
        ValueView before = ValueView.of(indicator, value);
        apply(input, value);
        repository.flush();
        scorecards.changed();
        ValueView after = ValueView.of(indicator, value);
        audit.record(AUDIT_TYPE, auditId(value), AuditAction.UPDATE, before, after);
        return new Saved(after, false);
    }

    @Transactional
    public void delete(String code, String areaCode, String periodCode, String ifMatch) {
        Indicator indicator = indicators.find(code);
        IndicatorValue value = findVisible(indicator, areaCode, periodCode);
        requireWriteAccess(requireArea(areaCode));
        EntityTags.requireCurrent(ifMatch, value.version);
        audit.record(AUDIT_TYPE, auditId(value), AuditAction.DELETE, ValueView.of(indicator, value), null);
        repository.delete(value);
        scorecards.changed();
    }

    boolean isVisible(Indicator indicator, IndicatorValue value) {
        return caller.mayRead(value.areaCode, value.status == ValueStatus.FINAL, indicator.internalOnly);
    }

    /** Officers write their own authority's figures; England, regional and neighbour figures are the admins'. */
    void requireWriteAccess(AreaView area) {
        if (area.kind() == AreaKind.LOCAL_AUTHORITY) {
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

    private void apply(ValueInput input, IndicatorValue value) {
        value.value = input.value();
        value.symbol = input.symbol();
        value.numerator = input.numerator();
        value.denominator = input.denominator();
        value.status = input.status();
        value.source = input.source();
        value.note = input.note();
        value.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        value.updatedBy = caller.name();
    }

    static String auditId(IndicatorValue value) {
        return value.indicatorCode + "/" + value.areaCode + "/" + value.periodCode;
    }
}
