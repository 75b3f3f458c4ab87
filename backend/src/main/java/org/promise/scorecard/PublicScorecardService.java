package org.promise.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.promise.area.AreaView;
import org.promise.common.error.ApiException;
import org.promise.common.security.Caller;
import org.promise.period.Period;
import org.promise.value.ValueService;

/**
 * The scorecard as the public sees it, whoever asks: published figures only (final values of indicators that are
 * not internal-only), of authorities that publish their scorecard, with small numbers suppressed.
 */
@ApplicationScoped
public class PublicScorecardService {

    private final ScorecardService scorecards;
    private final ScorecardReads reads;
    private final ValueService values;

    public PublicScorecardService(ScorecardService scorecards, ScorecardReads reads, ValueService values) {
        this.scorecards = scorecards;
        this.reads = reads;
        this.values = values;
    }

    /**
     * The newest financial year of each authority's public scorecard that has a published value, for those of the
     * authorities that publish one; in one read, whatever their number.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Period> newestYears(Collection<AreaView> authorities) {
        Map<String, Period> newest = new HashMap<>();
        values.publishedPeriods(authorities.stream().filter(AreaView::publishesScorecard).map(AreaView::code)
                .toList()).forEach((area, periods) -> periods.stream()
                        .flatMap(code -> ScorecardService.financialYearOf(Period.parse(code)).stream())
                        .max(Comparator.naturalOrder()).ifPresent(year -> newest.put(area, year)));
        return newest;
    }

    public ScorecardCalculator.CardJson build(String area, Period period) {
        requirePublished(area);
        return scorecards.buildPublished(area, period);
    }

    public List<ScorecardService.PeriodSummary> periods(String area) {
        requirePublished(area);
        return scorecards.periodsWithData(area, Caller.View.PUBLIC);
    }

    private void requirePublished(String area) {
        if (!reads.publishesScorecard(area)) {
            throw ApiException.notFound(area + " does not publish its scorecard");
        }
    }
}
