package org.promise.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.promise.area.AreaService;
import org.promise.area.AreaView;
import org.promise.common.error.ApiException;
import org.promise.common.security.Caller;
import org.promise.period.Period;

/**
 * The scorecard as the public sees it, whoever asks: published figures only (final values of indicators that are
 * not internal-only), of authorities that publish their scorecard, with small numbers suppressed.
 */
@ApplicationScoped
public class PublicScorecardService {

    private final ScorecardService scorecards;
    private final AreaService areas;

    public PublicScorecardService(ScorecardService scorecards, AreaService areas) {
        this.scorecards = scorecards;
        this.areas = areas;
    }

    public ScorecardView build(String area, Period period) {
        requirePublished(area);
        return scorecards.buildPublished(area, period);
    }

    public List<ScorecardService.PeriodSummary> periods(String area) {
        requirePublished(area);
        return scorecards.periodsWithData(area, Caller.View.PUBLIC);
    }

    private void requirePublished(String area) {
        areas.findLocalAuthority(area).filter(AreaView::publishesScorecard).orElseThrow(() -> ApiException.notFound(
                area + " does not publish its scorecard"));
    }
}
