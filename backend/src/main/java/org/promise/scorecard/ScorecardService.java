package org.promise.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.promise.common.security.Caller;
import org.promise.indicator.Priority;
import org.promise.period.Period;
import org.promise.target.TargetRepository;
import org.promise.value.ValueRepository;

@ApplicationScoped
public class ScorecardService {

    private final ScorecardCalculator calculator;
    private final ValueRepository values;
    private final TargetRepository targets;
    private final Caller caller;

    public ScorecardService(ScorecardCalculator calculator, ValueRepository values, TargetRepository targets,
            Caller caller) {
        this.calculator = calculator;
        this.values = values;
        this.targets = targets;
        this.caller = caller;
    }

    /** The scorecard as this caller may see it; partner systems and analysts get small numbers suppressed. */
    public ScorecardView build(String areaCode, Period period, Optional<Priority> priority) {
        return calculator.calculate(areaCode, period.code(), priority.map(Priority::wire).orElse("all"),
                caller.seesProvisional(areaCode), caller.canReadPrivate(areaCode), !caller.seesSmallNumbers());
    }

    /** The scorecard as the public sees it, whoever asks: published figures only, small numbers suppressed. */
    public ScorecardView buildPublished(String areaCode, Period period) {
        return calculator.calculate(areaCode, period.code(), "all", false, false, true);
    }

    public record PeriodSummary(String period, int values, int targets) {
    }

    /** Financial years in which the authority has a value the caller may see, or a target; newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PeriodSummary> periodsWithData(String areaCode) {
        return periodsWithData(areaCode, caller.seesProvisional(areaCode));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PeriodSummary> periodsWithData(String areaCode, boolean withProvisional) {
        Map<Period, int[]> counts = new TreeMap<>(Comparator.reverseOrder());
        values.countByPeriod(areaCode, withProvisional).forEach((code, n) -> financialYearOf(
                Period.parse(code)).ifPresent(year -> counts.computeIfAbsent(year, y -> new int[2])[0] += n));
        targets.countByPeriod(areaCode).forEach((code, n) -> financialYearOf(Period.parse(code))
                .ifPresent(year -> counts.computeIfAbsent(year, y -> new int[2])[1] += n));
        return counts.entrySet().stream()
                .map(e -> new PeriodSummary(e.getKey().code(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** The financial year whose scorecard shows a period, if one does. */
    private static Optional<Period> financialYearOf(Period period) {
        return switch (period.kind()) {
            case FINANCIAL_YEAR -> Optional.of(period);
            case SNAPSHOT -> period.date().getMonthValue() == 3 && period.date().getDayOfMonth() == 31
                    ? Optional.of(Period.financialYear(period.date().getYear() - 1)) : Optional.empty();
            case ROLLING_THREE_YEARS -> Optional.of(Period.financialYear(period.year() + 2));
            default -> Optional.empty();
        };
    }

}
