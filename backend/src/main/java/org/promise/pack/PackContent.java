package org.promise.pack;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the board sees in a performance pack: the scorecard by priority, the exceptions, the officers' commentary and
 * what young people told us. A frozen pack is this, serialised once ({@link CanonicalJson}); enumerations are kept as
 * the words the contract spells them in, so that a frozen pack reads back whatever later versions add to them.
 */
public record PackContent(OffsetDateTime generatedAt, AuthorityRef authority, String period, String periodLabel,
        List<PriorityGroup> priorities, Exceptions exceptions, List<Ask> youngPeopleToldUs) {

    public record AuthorityRef(String code, String name) {
    }

    public record PriorityGroup(String priority, String title, List<PackIndicator> indicators) {
    }

    /**
     * One indicator as the scorecard gives it: {@code value} is the number as stored (plain decimal), {@code display}
     * the figure as printed ("63.5%", "c", or "-" where there is none), {@code target} the target as printed.
     */
    public record PackIndicator(String code, String name, String definition, String unit, String polarity,
            String period, String value, String symbol, String display, String status, String target, String rag,
            String ragReason, String direction, String directionReason, List<TrendPoint> trend,
            Comparators comparators, List<Warning> dataWarnings, String commentary) {

        boolean showsFigure() {
            return value != null;
        }
    }

    public record TrendPoint(String period, String value, String display) {
    }

    /** The comparators' latest final figures, as printed. */
    public record Comparators(String england, String region, String statisticalNeighbours) {
    }

    public record Warning(String rule, String message) {
    }

    public record Exceptions(List<Flagged> red, List<Flagged> declining, List<OverdueAction> overdueActions,
            List<IndicatorWarning> dataWarnings) {
    }

    /** An indicator flagged as an exception, and the scorecard's reason. */
    public record Flagged(String indicator, String name, String reason) {
    }

    public record OverdueAction(long itemId, String plan, String letter, String title, String owner, LocalDate due,
            String status) {
    }

    public record IndicatorWarning(String indicator, String name, String rule, String message) {
    }

    public record Ask(String ask, String askedIn, String forum, List<AskEntry> done, List<AskEntry> next) {
    }

    public record AskEntry(LocalDate date, String text) {
    }

    /** Every indicator of the pack, in the pack's order. */
    public Stream<PackIndicator> indicators() {
        return priorities.stream().flatMap(group -> group.indicators().stream());
    }
}
