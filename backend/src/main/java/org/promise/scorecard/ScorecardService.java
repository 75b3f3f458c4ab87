package org.promise.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.promise.area.Area;
import org.promise.area.AreaKind;
import org.promise.area.AreaService;
import org.promise.common.security.Caller;
import org.promise.indicator.Priority;
import org.promise.period.Period;
import org.promise.target.TargetService;
import org.promise.value.ValueService;

@ApplicationScoped
public class ScorecardService {

    private final ScorecardCalculator calculator;
    private final ValueService values;
    private final TargetService targets;
    private final AreaService areas;
    private final Caller caller;

    public ScorecardService(ScorecardCalculator calculator, ValueService values, TargetService targets,
            AreaService areas, Caller caller) {
        this.calculator = calculator;
        this.values = values;
        this.targets = targets;
        this.areas = areas;
        this.caller = caller;
    }

    /**
     * The scorecard as this caller sees the authority ({@link Caller#viewOf}). Comparator areas belong to no
     * authority, so only administrators see their small numbers.
     */
    public ScorecardView build(String areaCode, Period period, Optional<Priority> priority) {
        return calculator.calculate(areaCode, period.code(), priority.map(Priority::wire).orElse("all"),
                caller.viewOf(areaCode), caller.seesSmallNumbers(Area.ENGLAND));
    }

    /** The same card as the API writes it, for the scorecard's own page. */
    public ScorecardCalculator.CardJson json(String areaCode, Period period, Optional<Priority> priority) {
        return calculator.json(areaCode, period.code(), priority.map(Priority::wire).orElse("all"),
                caller.viewOf(areaCode), caller.seesSmallNumbers(Area.ENGLAND));
    }

    /** The scorecard as the public sees it, whoever asks: published figures only, small numbers suppressed. */
    public ScorecardCalculator.CardJson buildPublished(String areaCode, Period period) {
        return calculator.json(areaCode, period.code(), "all", Caller.View.PUBLIC, false);
    }

    /**
     * The scorecard as the authority's own people see it, whoever asks: provisional and internal-only figures and
     * true small numbers, comparators' small numbers withheld. The board's performance pack is this, so that a pack
     * reads the same for every reader and a frozen one can be compared with the same view now.
     */
    public ScorecardView buildForTheBoard(String areaCode, Period period) {
        return calculator.calculate(areaCode, period.code(), "all", Caller.View.INSIDER, false);
    }

    public record PeriodSummary(String period, int values, int targets) {
    }

    /**
     * Financial years in which the authority has a value or a target the caller may see; newest first. An area that
     * is not a local authority has no scorecard, so no periods of one: refused as the scorecard refuses it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PeriodSummary> periodsWithData(String areaCode) {
        areas.find(areaCode).filter(area -> area.kind() != AreaKind.LOCAL_AUTHORITY).ifPresent(area -> {
            throw ScorecardCalculator.notScored(area.name());
        });
        return periodsWithData(areaCode, caller.viewOf(areaCode));
    }

    /** The same, as a reader with this view of the authority counts them: what they cannot see, they cannot count. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PeriodSummary> periodsWithData(String areaCode, Caller.View view) {
        Map<Period, int[]> counts = new TreeMap<>(Comparator.reverseOrder());
        values.countByPeriod(areaCode, view).forEach((code, n) -> financialYearOf(
                Period.parse(code)).ifPresent(year -> counts.computeIfAbsent(year, y -> new int[2])[0] += n));
        targets.countByPeriod(areaCode, view).forEach((code, n) -> financialYearOf(Period.parse(code))
                .ifPresent(year -> counts.computeIfAbsent(year, y -> new int[2])[1] += n));
        return counts.entrySet().stream()
                .map(e -> new PeriodSummary(e.getKey().code(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** The financial year whose scorecard shows a period, if one does. */
    static Optional<Period> financialYearOf(Period period) {
        return switch (period.kind()) {
            case FINANCIAL_YEAR -> Optional.of(period);
            case SNAPSHOT -> period.date().getMonthValue() == 3 && period.date().getDayOfMonth() == 31
                    ? Optional.of(Period.financialYear(period.date().getYear() - 1)) : Optional.empty();
            case ROLLING_THREE_YEARS -> Optional.of(Period.financialYear(period.year() + 2));
            default -> Optional.empty();
        };
    }

}
