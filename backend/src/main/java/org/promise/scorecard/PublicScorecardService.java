package org.promise.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.promise.area.AreaService;
import org.promise.area.AreaView;
import org.promise.common.error.ApiException;
import org.promise.disclosure.Audience;
import org.promise.disclosure.DisclosureService;
import org.promise.disclosure.Suppression;
import org.promise.indicator.StatisticalSymbol;
import org.promise.period.Period;

/**
 * The scorecard as the public sees it: published figures only (final values of indicators that are not
 * internal-only), of authorities that publish their scorecard, with small numbers suppressed wherever they appear
 * (the year's value, earlier years and comparators alike).
 */
@ApplicationScoped
public class PublicScorecardService {

    private final ScorecardService scorecards;
    private final AreaService areas;
    private final DisclosureService disclosure;

    public PublicScorecardService(ScorecardService scorecards, AreaService areas, DisclosureService disclosure) {
        this.scorecards = scorecards;
        this.areas = areas;
        this.disclosure = disclosure;
    }

    public ScorecardView build(String area, Period period) {
        requirePublished(area);
        ScorecardView card = scorecards.buildPublished(area, period);
        Set<Suppression.Key> withheld = disclosure.withheld(cells(card), Audience.PUBLIC);
        return new ScorecardView(card.area(), card.areaName(), card.period(), card.groups().stream()
                .map(group -> new ScorecardView.Group(group.priority(), group.title(), group.rows().stream()
                        .map(row -> withhold(card.area(), row, withheld)).toList()))
                .toList());
    }

    public List<ScorecardService.PeriodSummary> periods(String area) {
        requirePublished(area);
        return scorecards.periodsWithData(area, false);
    }

    private void requirePublished(String area) {
        areas.findLocalAuthority(area).filter(AreaView::publishesScorecard).orElseThrow(() -> ApiException.notFound(
                area + " does not publish its scorecard"));
    }

    /** Every figure on the card, where it sits. */
    private static List<Suppression.Cell> cells(ScorecardView card) {
        List<Suppression.Cell> cells = new ArrayList<>();
        for (ScorecardView.Group group : card.groups()) {
            for (ScorecardView.Row row : group.rows()) {
                cells.add(DisclosureService.cell(row.indicator(), card.area(), row.period(), row.unit(), row.value(),
                        row.numerator(), row.denominator()));
                for (ScorecardView.PeriodReading earlier : row.history()) {
                    if (!earlier.period().equals(row.period())) {
                        cells.add(DisclosureService.cell(row.indicator(), card.area(), earlier.period(), row.unit(),
                                earlier.value(), null, null));
                    }
                }
                for (ScorecardView.ComparatorReading comparator : row.comparators()) {
                    cells.add(DisclosureService.cell(row.indicator(), comparator.area(), comparator.period(),
                            row.unit(), comparator.value(), null, null));
                }
            }
        }
        return cells;
    }

    private static ScorecardView.Row withhold(String area, ScorecardView.Row row, Set<Suppression.Key> withheld) {
        boolean current = withheld.contains(new Suppression.Key(row.indicator(), area, row.period()));
        List<ScorecardView.PeriodReading> history = row.history().stream()
                .map(reading -> withheld.contains(new Suppression.Key(row.indicator(), area, reading.period()))
                        ? new ScorecardView.PeriodReading(reading.period(), null, StatisticalSymbol.CONFIDENTIAL)
                        : reading)
                .toList();
        ScorecardView.PeriodReading previous = row.previous() == null ? null : history.stream()
                .filter(reading -> reading.period().equals(row.previous().period())).findFirst()
                .orElse(row.previous());
        List<ScorecardView.ComparatorReading> comparators = row.comparators().stream()
                .map(comparator -> withheld.contains(new Suppression.Key(row.indicator(), comparator.area(),
                        comparator.period()))
                        ? new ScorecardView.ComparatorReading(comparator.kind(), comparator.area(),
                                comparator.areaName(), comparator.period(), null, StatisticalSymbol.CONFIDENTIAL,
                                Comparison.NONE)
                        : current ? new ScorecardView.ComparatorReading(comparator.kind(), comparator.area(),
                                comparator.areaName(), comparator.period(), comparator.value(), comparator.symbol(),
                                Comparison.NONE)
                        : comparator)
                .toList();
        boolean previousWithheld = previous != null && previous.symbol() == StatisticalSymbol.CONFIDENTIAL
                && row.previous().symbol() != StatisticalSymbol.CONFIDENTIAL;
        if (!current && !previousWithheld && history.equals(row.history()) && comparators.equals(row.comparators())) {
            return row;
        }
        String withheldReason = "Withheld: a small number, or one that would reveal a small number";
        return new ScorecardView.Row(row.indicator(), row.name(), row.plainName(), row.unit(), row.polarity(),
                row.decimals(), row.period(), current ? null : row.value(),
                current ? StatisticalSymbol.CONFIDENTIAL : row.symbol(), row.status(),
                current ? null : row.numerator(), current ? null : row.denominator(),
                current ? null : row.fractionMismatch(), row.target(),
                current ? Rag.NONE : row.rag(), current ? withheldReason : row.ragReason(),
                current || previousWithheld ? Direction.NONE : row.direction(),
                current || previousWithheld ? withheldReason : row.directionReason(),
                previous, comparators, history);
    }
}
