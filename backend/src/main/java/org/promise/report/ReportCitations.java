package org.promise.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.promise.area.AreaService;
import org.promise.common.security.Caller;
import org.promise.indicator.Indicator;
import org.promise.indicator.IndicatorService;
import org.promise.indicator.StatisticalSymbol;
import org.promise.period.InvalidPeriodException;
import org.promise.period.Period;
import org.promise.value.ValueService;
import org.promise.value.ValueView;
import org.promise.yousaid.YouSaidService;
import org.promise.yousaid.YouSaidView;

/**
 * A report's citations read live, as this caller may read them: a figure through the values service (the indicator
 * page's reading: final values only for the public, small numbers withheld, internal-only indicators hidden), and
 * the authority's "You said, we did" asks. A figure the caller may not read says only that no figure is published:
 * the same words whether a provisional value exists, none does, or the indicator itself is not theirs to read (then
 * named by the report's caption, with no link).
 */
@ApplicationScoped
class ReportCitations {

    static final String NOT_PUBLISHED = "No figure for this period is published";
    static final String SMALL_NUMBER = "A small number, or a figure that would give one away, that could identify"
            + " children";

    private final ValueService values;
    private final IndicatorService indicators;
    private final AreaService areas;
    private final YouSaidService youSaid;
    private final Caller caller;

    ReportCitations(ValueService values, IndicatorService indicators, AreaService areas, YouSaidService youSaid,
            Caller caller) {
        this.values = values;
        this.indicators = indicators;
        this.areas = areas;
        this.youSaid = youSaid;
        this.caller = caller;
    }

    /** The sections with every citation resolved for this caller, reading the catalogue and asks once. */
    List<ReportSection> resolve(String authority, List<ReportSection> sections) {
        Map<String, Indicator> catalogue = indicators.catalogue();
        Supplier<List<ReportBlock.CitedAsk>> asks = new Once<>(() -> asks(authority));
        return sections.stream().map(section -> section.withBlocks(block -> {
            if (block instanceof ReportBlock.Figure figure) {
                return figure.citing(figure(authority, figure, catalogue));
            }
            return block instanceof ReportBlock.YouSaidWeDid cited ? cited.citing(asks.get()) : block;
        })).toList();
    }

    private ReportBlock.CitedFigure figure(String authority, ReportBlock.Figure figure,
            Map<String, Indicator> catalogue) {
        String area = figure.area() == null ? authority : figure.area();
        Indicator indicator = catalogue.get(figure.indicator());
        String link = "/indicators/" + figure.indicator();
        if (indicator == null || indicator.internalOnly && !caller.seesInternal(area)) {
            // Read as a figure not yet published reads, named in the report's own words: the catalogue's entry (its
            // name, its unit, its page) is not this reader's to see, and no link leads to a page they cannot open.
            return new ReportBlock.CitedFigure(Objects.requireNonNullElse(figure.caption(), figure.indicator()), "",
                    "-", true, NOT_PUBLISHED, null);
        }
        Optional<ValueView> value = periodCode(figure.period()).filter(period -> areas.find(area).isPresent())
                .flatMap(period -> values.search(indicator.code, area, period, period).stream()
                        .filter(found -> found.period().equals(period)).findFirst());
        if (value.isEmpty()) {
            return cited(indicator, "-", true, NOT_PUBLISHED, link);
        }
        ValueView shown = value.get();
        if (shown.symbol() == StatisticalSymbol.CONFIDENTIAL) {
            return cited(indicator, StatisticalSymbol.CONFIDENTIAL.wire(), true, SMALL_NUMBER, link);
        }
        return cited(indicator, shown.value() != null ? indicator.unit.format(shown.value(), indicator.decimals)
                : shown.symbol().wire(), false, null, link);
    }

    private static ReportBlock.CitedFigure cited(Indicator indicator, String display, boolean withheld,
            String reason, String link) {
        return new ReportBlock.CitedFigure(indicator.name, indicator.unit.wire(), display, withheld, reason, link);
    }

    /** The period in its normal spelling, or empty for one that is not a period (checked when written). */
    private static Optional<String> periodCode(String code) {
        try {
            return Optional.of(Period.parse(code).code());
        } catch (InvalidPeriodException e) {
            return Optional.empty();
        }
    }

    private List<ReportBlock.CitedAsk> asks(String authority) {
        return youSaid.list(authority).items().stream().map(ask -> new ReportBlock.CitedAsk(ask.ask(),
                ask.askedIn(), ask.forum(), entries(ask.done()), entries(ask.next()))).toList();
    }

    private static List<ReportBlock.AskEntry> entries(List<YouSaidView.Entry> entries) {
        return entries.stream().map(entry -> new ReportBlock.AskEntry(entry.date(), entry.text())).toList();
    }

    /** A value worked out the first time it is asked for, and then kept. */
    private static final class Once<T> implements Supplier<T> {

        private final Supplier<T> source;
        private T value;

        Once(Supplier<T> source) {
            this.source = source;
        }

        @Override
        public T get() {
            if (value == null) {
                value = source.get();
            }
            return value;
        }
    }
}
