package org.promise.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.promise.area.AreaKind;
import org.promise.area.AreaService;
import org.promise.area.AreaView;
import org.promise.common.audit.ChangeHistory;
import org.promise.common.change.FiguresChanged;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;
import org.promise.common.security.Caller;
import org.promise.figure.FigureWrites;
import org.promise.indicator.Indicator;
import org.promise.indicator.IndicatorService;
import org.promise.period.Period;
import org.promise.period.PeriodParam;

@ApplicationScoped
public class TargetService {

    static final String AUDIT_TYPE = "target";

    private final TargetRepository repository;
    private final IndicatorService indicators;
    private final AreaService areas;
    private final Caller caller;
    private final FigureWrites writes;

    public TargetService(TargetRepository repository, IndicatorService indicators, AreaService areas, Caller caller,
            FigureWrites writes) {
        this.repository = repository;
        this.indicators = indicators;
        this.areas = areas;
        this.caller = caller;
        this.writes = writes;
    }

    /** Targets are written as any figure is ({@link FigureWrites}); a view needs the indicator's measure. */
    private FigureWrites.Kind<Target, TargetView> kind(Indicator indicator) {
        return new FigureWrites.Kind<>(AUDIT_TYPE, "target", FiguresChanged.What.TARGETS, Target::new,
                target -> TargetView.of(indicator, target));
    }

    /** How many of the area's targets a reader with this view sees, by period code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> countByPeriod(String area, Caller.View view) {
        return repository.countByPeriod(area, view.seesInternal());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetView get(String code, String area, String periodCode) {
        Indicator indicator = indicators.findListed(code);
        Period period = PeriodParam.parse("period", periodCode, indicator.periodKind);
        return TargetView.of(indicator, findVisible(indicator, area, period));
    }

    /** Who changed the target and how, for the authority's insiders; kept after the target is removed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChangeHistory history(String code, String areaCode, String periodCode) {
        Indicator indicator = indicators.findListed(code);
        AreaView area = requireArea(areaCode);
        Period period = PeriodParam.parse("period", periodCode, indicator.periodKind);
        return writes.history(kind(indicator), indicator.code, area.code(), period);
    }

    @Transactional
    public FigureWrites.Saved<TargetView> put(String code, String areaCode, String periodCode, String ifMatch,
            TargetInput input) {
        Indicator indicator = indicators.findListed(code);
        AreaView area = requireArea(areaCode);
        Period period = PeriodParam.parse("period", periodCode, indicator.periodKind);
        if (area.kind() != AreaKind.LOCAL_AUTHORITY) {
            throw ApiException.invalid("area", "local-authority", "Targets are set by local authorities, not for "
                    + area.name());
        }
        caller.requireWriteAccess(area.code());
        checkRules(indicator, input);
        return writes.put(kind(indicator), repository.findOne(code, area.code(), period.code()), code, area.code(),
                period, ifMatch,
                target -> target.holds(input.value(), input.tolerance(), input.basis(), input.reason()),
                target -> target.set(input.value(), input.tolerance(), input.basis(), input.reason()));
    }

    @Transactional
    public void delete(String code, String areaCode, String periodCode, String ifMatch) {
        Indicator indicator = indicators.findListed(code);
        Period period = PeriodParam.parse("period", periodCode, indicator.periodKind);
        Target target = findVisible(indicator, areaCode, period);
        caller.requireWriteAccess(areaCode);
        writes.delete(kind(indicator), target, ifMatch);
    }

    private AreaView requireArea(String code) {
        return areas.find(code).orElseThrow(() -> ApiException.notFound("There is no area " + code));
    }

    /** An internal-only indicator's target exists only for those who see the authority's internal figures. */
    private Target findVisible(Indicator indicator, String area, Period period) {
        return repository.findOne(indicator.code, area, period.code())
                .filter(target -> !indicator.internalOnly || caller.seesInternal(area))
                .orElseThrow(() -> ApiException.notFound("There is no target of " + indicator.code + " for " + area
                        + " in " + period.code()));
    }

    private static void checkRules(Indicator indicator, TargetInput input) {
        List<FieldError> errors = TargetRules.check(indicator.unit, new TargetRules.Proposed(input.value(),
                input.tolerance(), input.isPending(), input.reason()), TargetRules.Fields.BODY);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
