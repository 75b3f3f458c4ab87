package org.promise.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.promise.period.Period;

/**
 * Which figures an officer owes the board before a day: an indicator's figure is due when the period after its
 * newest value (of its own kind: a year, a quarter, a date) has ended by then, stale when more than one has, and
 * missing when there is no value at all.
 */
final class DueFigures {

    /** Beyond this many missing periods an indicator is simply stale: the count stops, it does not run for ever. */
    static final int MOST_PERIODS_COUNTED = 20;

    private DueFigures() {
    }

    /** The indicator's figure as due by {@code dueBy}, given the periods (codes) it has values for; empty if none. */
    static Optional<DashboardView.FigureDue> assess(String indicator, String name, List<String> periodsWithValues,
            LocalDate dueBy) {
        Optional<Period> newest = periodsWithValues.stream().map(Period::parse).max(Period::compareTo);
        if (newest.isEmpty()) {
            return Optional.of(new DashboardView.FigureDue(indicator, name, null, null, 0, DueState.MISSING));
        }
        Period first = newest.get().next();
        int behind = 0;
        for (Period next = first; next.hasEndedBy(dueBy) && behind < MOST_PERIODS_COUNTED; next = next.next()) {
            behind++;
        }
        if (behind == 0) {
            return Optional.empty();
        }
        return Optional.of(new DashboardView.FigureDue(indicator, name, newest.get().code(), first.code(), behind,
                behind == 1 ? DueState.DUE : DueState.STALE));
    }
}
