package org.promise.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.promise.area.AreaService;
import org.promise.area.AreaView;
import org.promise.common.error.ApiException;
import org.promise.disclosure.Audience;
import org.promise.period.Period;

/**
 * The scorecard as the public sees it, whoever asks: published figures only (final values of indicators that are
 * not internal-only), of authorities that publish their scorecard, with small numbers suppressed.
 */
@ApplicationScoped
public class PublicScorecardService {

    private final ScorecardService scorecards;
    private final ScorecardDisclosure disclosure;
    private final AreaService areas;

    public PublicScorecardService(ScorecardService scorecards, ScorecardDisclosure disclosure, AreaService areas) {
        this.scorecards = scorecards;
        this.disclosure = disclosure;
        this.areas = areas;
    }

    public ScorecardView build(String area, Period period) {
        requirePublished(area);
        return disclosure.withhold(scorecards.buildPublished(area, period), Audience.PUBLIC);
    }

    public List<ScorecardService.PeriodSummary> periods(String area) {
        requirePublished(area);
        return scorecards.periodsWithData(area, false);
    }

    private void requirePublished(String area) {
        areas.findLocalAuthority(area).filter(AreaView::publishesScorecard).orElseThrow(() -> ApiException.notFound(
                area + " does not publish its scorecard"));
    }
}
