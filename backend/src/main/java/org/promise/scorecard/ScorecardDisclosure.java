package org.promise.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.promise.disclosure.Audience;
import org.promise.disclosure.DisclosureService;
import org.promise.disclosure.NoteScreen;
import org.promise.disclosure.Suppression;
import org.promise.figure.ValueStatus;
import org.promise.indicator.StatisticalSymbol;

/**
 * Small-number suppression on a whole scorecard: the year's values, earlier years and comparators alike, and the
 * RAG, direction of travel, note and quality flags that would give a withheld value away, and the small counts
 * that the notes of published values state ({@link NoteScreen}).
 */
@ApplicationScoped
public class ScorecardDisclosure {

    private final DisclosureService disclosure;
    private final ScorecardReads reads;

    public ScorecardDisclosure(DisclosureService disclosure, ScorecardReads reads) {
        this.disclosure = disclosure;
        this.reads = reads;
    }

    /**
     * The card as a reader who sees what {@code audience} sees may have it, suppressed in the areas (the card's own,
     * its comparators') whose small numbers the reader does not see.
     */
    public ScorecardView withhold(ScorecardView card, Audience audience, Predicate<String> suppressedArea) {
        Set<Suppression.Key> withheld = new HashSet<>(disclosure.withheld(cells(card),
                (indicators, places) -> linked(indicators, places, audience)));
        withheld.removeIf(key -> !suppressedArea.test(key.area()));
        boolean screenNotes = suppressedArea.test(card.area());
        if (withheld.isEmpty() && !screenNotes) {
            return card;
        }
        return new ScorecardView(card.area(), card.areaName(), card.period(), card.groups().stream()
                .map(group -> new ScorecardView.Group(group.priority(), group.title(), group.rows().stream()
                        .map(row -> withhold(card.area(), row, withheld, screenNotes)).toList()))
                .toList());
    }

    /**
     * The figures linked to the card's that the audience may see, from the areas' figures the card was calculated
     * from ({@link ScorecardReads#figures}) rather than read again.
     */
    private List<Suppression.Cell> linked(Set<String> indicators, Set<Suppression.AreaPeriod> places,
            Audience audience) {
        Map<String, ScorecardReads.IndicatorRow> catalogue = new HashMap<>();
        reads.indicators().forEach(indicator -> catalogue.put(indicator.code(), indicator));
        List<Suppression.Cell> cells = new ArrayList<>();
        for (Suppression.AreaPeriod place : places) {
            ScorecardReads.AreaFigures figures = reads.figures(place.area());
            for (String code : indicators) {
                ScorecardReads.IndicatorRow indicator = catalogue.get(code);
                ValueRow value = figures.at(code, place.period());
                if (indicator != null && value != null && audience.mayRead(place.area(),
                        value.status() == ValueStatus.FINAL, indicator.internalOnly())) {
                    cells.add(DisclosureService.cell(code, place.area(), place.period(), indicator.unit(),
                            value.value(), value.numerator(), value.denominator()));
                }
            }
        }
        return cells;
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

    private static ScorecardView.Row withhold(String area, ScorecardView.Row row, Set<Suppression.Key> withheld,
            boolean screenNotes) {
        boolean current = withheld.contains(new Suppression.Key(row.indicator(), area, row.period()));
        // A note or flag may quote the withheld number ("Reported as 14/49 (23%)"): it goes with the figure.
        String note = current ? null : screenNotes ? NoteScreen.forOutsideReaders(row.note()) : row.note();
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
        if (!current && !previousWithheld && history.equals(row.history()) && comparators.equals(row.comparators())
                && Objects.equals(note, row.note())) {
            return row;
        }
        String withheldReason = "Withheld: a small number, or one that would reveal a small number";
        return new ScorecardView.Row(row.indicator(), row.name(), row.plainName(), row.unit(), row.polarity(),
                row.decimals(), row.period(), current ? null : row.value(),
                current ? StatisticalSymbol.CONFIDENTIAL : row.symbol(), row.status(),
                current ? null : row.numerator(), current ? null : row.denominator(),
                current ? null : row.fractionMismatch(),
                note, current ? List.of() : row.flags(), row.target(),
                current ? Rag.NONE : row.rag(), current ? withheldReason : row.ragReason(),
                current || previousWithheld ? Direction.NONE : row.direction(),
                current || previousWithheld ? withheldReason : row.directionReason(),
                previous, comparators, history);
    }

}
