package org.promise.datacheck;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.promise.indicator.Unit;
import org.promise.period.Period;
import org.promise.value.ValueRules;

/**
 * The data-quality rules, as plain functions of the figures: each gives the warnings the figures raise, with the
 * figures it read and a sentence in plain words. Nothing is stored but explanations: a warning exists as long as
 * its figures break its rule.
 */
public final class DataRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private DataRules() {
    }

    /** An authority's figures and what the rules need to read them. */
    public record AuthorityFigures(String authority, Map<String, Measure> measures,
            Map<String, List<String>> partsOfTotal, List<Reading> readings, List<OtherReport> reports,
            Map<String, UsualChange> usualChanges, Map<String, String> areaNames) {

        /** The same figures with other readings (those the caller may read, say). */
        public AuthorityFigures withReadings(List<Reading> kept) {
            return new AuthorityFigures(authority, measures, partsOfTotal, kept, reports, usualChanges, areaNames);
        }
    }

    /** Every warning the authority's figures (and its papers' other reports of them) raise. */
    public static List<Finding> check(AuthorityFigures figures) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Reading> byKey = new HashMap<>();
        figures.readings().forEach(reading -> byKey.put(place(reading.indicator(), reading.area(), reading.period()),
                reading));
        List<Reading> own = figures.readings().stream().filter(r -> r.area().equals(figures.authority()))
                .filter(r -> figures.measures().containsKey(r.indicator())).toList();
        own.forEach(reading -> fraction(figures.measures().get(reading.indicator()), reading).ifPresent(findings::add));
        own.stream().collect(Collectors.groupingBy(Reading::indicator)).forEach((indicator, series) -> {
            List<Reading> ordered = series.stream().sorted(Comparator.comparing(Reading::periodEnd)).toList();
            Measure measure = figures.measures().get(indicator);
            UsualChange usual = figures.usualChanges().getOrDefault(indicator, UsualChange.NONE);
            for (int i = 1; i < ordered.size(); i++) {
                jump(measure, ordered.get(i - 1), ordered.get(i), usual).ifPresent(findings::add);
            }
        });
        own.stream().collect(Collectors.groupingBy(Reading::period)).values().forEach(period -> {
            Map<String, Reading> here = period.stream().collect(Collectors.toMap(Reading::indicator, r -> r));
            figures.partsOfTotal().forEach((total, parts) -> {
                Measure totalMeasure = figures.measures().get(total);
                if (totalMeasure == null) {
                    return;
                }
                List<Measure> partMeasures = parts.stream().map(figures.measures()::get).filter(m -> m != null)
                        .toList();
                parts(totalMeasure, partMeasures, here).ifPresent(findings::add);
                List<ShareOf> shares = figures.measures().values().stream()
                        .filter(share -> share.numeratorIndicator() != null
                                && parts.contains(share.numeratorIndicator()))
                        .filter(share -> here.containsKey(share.code()) && here.containsKey(share.numeratorIndicator()))
                        .sorted(Comparator.comparing(Measure::code))
                        .map(share -> new ShareOf(figures.measures().get(share.numeratorIndicator()),
                                here.get(share.numeratorIndicator()), share, here.get(share.code())))
                        .toList();
                shares(totalMeasure, here.get(total), shares).ifPresent(findings::add);
            });
        });
        for (OtherReport report : figures.reports()) {
            Measure measure = figures.measures().get(report.indicator());
            Reading stored = byKey.get(place(report.indicator(), report.area(), report.period()));
            if (measure != null && stored != null) {
                reportDiffers(measure, stored, report, figures.authority(),
                        figures.areaNames().getOrDefault(report.area(), report.area())).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static String place(String indicator, String area, String period) {
        return indicator + "|" + area + "|" + period;
    }

    /** A percentage or rate that its own numerator and denominator, rounded once, do not give. */
    public static Optional<Finding> fraction(Measure measure, Reading reading) {
        return ValueRules.mismatch(measure.unit(), measure.decimals(), reading.value(), reading.numerator(),
                        reading.denominator())
                .map(mismatch -> new Finding(DataRule.FRACTION, measure.code(), reading.area(), reading.period(), null,
                        List.of(new Finding.Figure("value", reading.value()),
                                new Finding.Figure("numerator", reading.numerator()),
                                new Finding.Figure("denominator", reading.denominator())),
                        mismatch.message()));
    }

    /**
     * Counts that make up a total (the catalogue's parts, as the routes out of care make up all who left care):
     * all of them must add up to it, and those given must not add up to more.
     */
    public static Optional<Finding> parts(Measure total, List<Measure> parts, Map<String, Reading> here) {
        Reading totalReading = here.get(total.code());
        List<Measure> given = parts.stream().filter(part -> here.containsKey(part.code())).toList();
        if (totalReading == null || given.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = given.stream().map(part -> here.get(part.code()).value()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        boolean complete = given.size() == parts.size();
        int compared = sum.compareTo(totalReading.value());
        if (complete ? compared == 0 : compared <= 0) {
            return Optional.empty();
        }
        List<Finding.Figure> figures = new ArrayList<>();
        figures.add(new Finding.Figure(total.code(), totalReading.value()));
        given.forEach(part -> figures.add(new Finding.Figure(part.code(), here.get(part.code()).value())));
        String listed = given.stream().map(part -> lower(part.name()) + " " + number(part, here.get(part.code())
                .value())).collect(Collectors.joining(", "));
        String sentence = complete
                ? "The " + parts.size() + " parts of " + lower(total.name()) + " add up to " + number(total, sum)
                        + ", not the " + number(total, totalReading.value()) + " reported (" + listed + ")"
                : given.size() + " of the " + parts.size() + " parts of " + lower(total.name()) + " add up to "
                        + number(total, sum) + ", more than the " + number(total, totalReading.value())
                        + " reported (" + listed + ")";
        return Optional.of(new Finding(DataRule.PARTS, total.code(), totalReading.area(), totalReading.period(), null,
                figures, sentence));
    }

    /** A count and its share of a total ("36 (21%) returned home"), read together. */
    public record ShareOf(Measure count, Reading countReading, Measure share, Reading shareReading) {
    }

    /** The whole numbers of the total a reading allows: one count, or a count at a share rounded as shown. */
    record TotalRange(String said, BigDecimal low, BigDecimal high) {

        static TotalRange of(ShareOf share) {
            BigDecimal count = share.countReading().value();
            // The share as the papers show it: a stored 0.4 of a whole-percent indicator reads 0%.
            BigDecimal shown = share.shareReading().value().setScale(share.share().decimals(), RoundingMode.HALF_UP);
            BigDecimal halfStep = HALF.movePointLeft(share.share().decimals());
            BigDecimal low = count.multiply(HUNDRED).divide(shown.add(halfStep), MathContext.DECIMAL64);
            BigDecimal below = shown.subtract(halfStep);
            BigDecimal high = below.signum() > 0 ? count.multiply(HUNDRED).divide(below, MathContext.DECIMAL64) : null;
            return new TotalRange(share.count().name() + ": " + number(share.count(), count) + " at "
                    + number(share.share(), shown), low.setScale(0, RoundingMode.CEILING),
                    high == null ? null : high.setScale(0, RoundingMode.FLOOR));
        }

        String means(Measure total) {
            return said + " means " + (high == null ? "at least " + number(total, low)
                    : low.compareTo(high) >= 0 ? number(total, low) : number(total, low) + " to " + number(total, high))
                    + " " + lower(total.name());
        }
    }

    /**
     * Counts and their shares of one total (the routes out of care and their percentages of all who left care), and
     * the total itself where given: each allows a range of totals, the share being rounded, and the ranges must meet.
     * "11 (11%) returned home" means about 100 left care, "29 (15%) adopted" about 190: both cannot be right. A count
     * of some at 0% says the total is large ("7 at 0% means at least 1,400"); a count of none says nothing of it.
     */
    public static Optional<Finding> shares(Measure total, Reading totalReading, List<ShareOf> shares) {
        List<TotalRange> ranges = new ArrayList<>(shares.stream().filter(share -> share.countReading().value()
                .signum() > 0).map(TotalRange::of).toList());
        if (totalReading != null) {
            ranges.add(new TotalRange(total.name() + " reported", totalReading.value(), totalReading.value()));
        }
        if (ranges.size() < 2) {
            return Optional.empty();
        }
        TotalRange highestLow = ranges.stream().max(Comparator.comparing(TotalRange::low)).orElseThrow();
        TotalRange lowestHigh = ranges.stream().filter(range -> range.high() != null)
                .min(Comparator.comparing(TotalRange::high)).orElse(null);
        if (lowestHigh == null || highestLow.low().compareTo(lowestHigh.high()) <= 0) {
            return Optional.empty();
        }
        Reading at = shares.isEmpty() ? totalReading : shares.get(0).shareReading();
        List<Finding.Figure> figures = new ArrayList<>();
        if (totalReading != null) {
            figures.add(new Finding.Figure(total.code(), totalReading.value()));
        }
        shares.forEach(share -> {
            figures.add(new Finding.Figure(share.count().code(), share.countReading().value()));
            figures.add(new Finding.Figure(share.share().code(), share.shareReading().value()));
        });
        String sentence = describe(total, lowestHigh) + ", but " + describe(total, highestLow)
                + ": both cannot be right";
        return Optional.of(new Finding(DataRule.SHARES, total.code(), at.area(), at.period(), null, figures, sentence));
    }

    private static String describe(Measure total, TotalRange range) {
        return range.high() != null && range.low().equals(range.high()) && range.said().endsWith(" reported")
                ? range.said() + " as " + number(total, range.low()) : range.means(total);
    }

    /**
     * Another place in the papers that gives a stored figure with another number, once both are rounded to the
     * indicator's decimals: the authority's own figure reported twice, or a comparator's.
     */
    public static Optional<Finding> reportDiffers(Measure measure, Reading stored, OtherReport report,
            String authority, String areaName) {
        BigDecimal kept = stored.value().setScale(measure.decimals(), RoundingMode.HALF_UP);
        BigDecimal reported = report.value().setScale(measure.decimals(), RoundingMode.HALF_UP);
        if (kept.compareTo(reported) == 0) {
            return Optional.empty();
        }
        boolean own = report.area().equals(authority);
        String sentence = measure.name() + (own ? "" : " in " + areaName) + ", "
                + Period.parse(report.period()).inWords() + ": "
                + number(measure, stored.value()) + " as stored" + (stored.source() == null ? "" : " (" + stored.source()
                + ")") + ", but " + number(measure, report.value()) + " in " + report.source() + ": \""
                + report.quote() + "\"";
        return Optional.of(new Finding(own ? DataRule.REPORTED_TWICE : DataRule.COMPARATOR_DIFFERS, measure.code(),
                report.area(), report.period(), report.id(), List.of(new Finding.Figure("stored", stored.value()),
                        new Finding.Figure("reported", report.value())), sentence));
    }

    /**
     * How much an indicator's figures usually change from one period to the next: the median change across every
     * area's history, in points for percentages and rates, as a share of the previous figure otherwise.
     */
    public record UsualChange(long changes, BigDecimal median) {

        static final UsualChange NONE = new UsualChange(0, null);

        /** Below this many changes the history says too little, and the unit's floor stands alone. */
        static final int ENOUGH = 8;
        /** "Far outside" the usual: more than this many times it. */
        static final BigDecimal FAR = new BigDecimal("3");
        private static final BigDecimal FLOOR_POINTS = new BigDecimal("5");
        private static final BigDecimal FLOOR_RELATIVE = new BigDecimal("20");

        /** The change to call usual: the median, when there is enough history, and never less than the floor. */
        BigDecimal usual(Unit unit) {
            BigDecimal floor = inPoints(unit) ? FLOOR_POINTS : FLOOR_RELATIVE;
            return changes >= ENOUGH && median != null && median.compareTo(floor) > 0 ? median : floor;
        }

        static boolean inPoints(Unit unit) {
            return unit == Unit.PERCENT || unit == Unit.RATE_PER_10K;
        }
    }

    /**
     * A change from the previous period of the same indicator and area more than three times its usual change
     * ({@link UsualChange}): "fell from 41% to 23%, a change of 18 points; changes are usually within 5 points".
     */
    public static Optional<Finding> jump(Measure measure, Reading previous, Reading current, UsualChange history) {
        BigDecimal difference = current.value().subtract(previous.value());
        boolean inPoints = UsualChange.inPoints(measure.unit());
        BigDecimal usual = history.usual(measure.unit());
        // A change from none is no share of it, and so beyond any usual share: every figure after none is a jump.
        boolean fromNone = !inPoints && previous.value().signum() == 0;
        if (difference.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal change = inPoints ? difference.abs()
                : fromNone ? null
                : difference.abs().multiply(HUNDRED).divide(previous.value().abs(), MathContext.DECIMAL64);
        if (change != null && change.compareTo(usual.multiply(UsualChange.FAR)) <= 0) {
            return Optional.empty();
        }
        String changeWords = inPoints ? "a change of " + measure.unit().formatDifference(change, measure.decimals())
                : fromNone ? "from none" : "a change of " + Unit.plainNumber(change, 0) + "%";
        String usualWords = inPoints ? measure.unit().formatDifference(usual, measure.decimals())
                : Unit.plainNumber(usual, 0) + "%";
        String sentence = measure.name() + (difference.signum() < 0 ? " fell" : " rose") + " from "
                + number(measure, previous.value()) + " in " + previous.period() + " to "
                + number(measure, current.value()) + " in " + current.period() + ", " + changeWords
                + "; changes are usually within " + usualWords;
        return Optional.of(new Finding(DataRule.JUMP, measure.code(), current.area(), current.period(), null,
                List.of(new Finding.Figure("previous", previous.value()), new Finding.Figure("current",
                        current.value()), new Finding.Figure("usual change", usual)), sentence));
    }

    private static String number(Measure measure, BigDecimal value) {
        return measure.unit().format(value, measure.decimals());
    }

    private static String lower(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
