package org.promise.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.promise.pack.PackContent.PackIndicator;
import org.promise.pack.PackContent.TrendPoint;

/**
 * What has changed since a pack was frozen: its content beside the content generated now, each difference
 * classified (decision 35). A plain function of the two contents; one difference may be of several kinds (a revision
 * that moves the RAG rating is both a revised figure and a RAG change). Commentary is the officers' words, not a
 * figure, and is not compared.
 */
public final class PackChanges {

    private PackChanges() {
    }

    /** The changes, indicator by indicator in the frozen pack's order, then the indicators new since. */
    public static List<PackChange> between(PackContent frozen, PackContent now) {
        Map<String, PackIndicator> then = byCode(frozen);
        Map<String, PackIndicator> current = byCode(now);
        List<PackChange> changes = new ArrayList<>();
        then.forEach((code, before) -> {
            PackIndicator after = current.get(code);
            if (after == null) {
                changes.addAll(gone(before));
            } else {
                changes.addAll(between(before, after));
            }
        });
        current.forEach((code, after) -> {
            if (!then.containsKey(code)) {
                changes.addAll(arrived(after));
            }
        });
        return changes;
    }

    private static Map<String, PackIndicator> byCode(PackContent content) {
        return content.indicators().collect(Collectors.toMap(PackIndicator::code, Function.identity(),
                (first, second) -> first, LinkedHashMap::new));
    }

    private static List<PackChange> between(PackIndicator before, PackIndicator after) {
        List<PackChange> changes = new ArrayList<>();
        definition(before, after, "name", PackIndicator::name, changes);
        definition(before, after, "definition", PackIndicator::definition, changes);
        definition(before, after, "unit", PackIndicator::unit, changes);
        definition(before, after, "polarity", PackIndicator::polarity, changes);
        figure(after, before.period(), before.value(), before.display(), after.value(), after.display(), changes);
        if (!Objects.equals(before.rag(), after.rag())) {
            changes.add(change(PackChangeKind.RAG_CHANGED, after, before.period(), before.rag(), after.rag(),
                    "The RAG rating for " + before.period() + " changed from " + before.rag() + " to " + after.rag()
                            + "."));
        }
        if (!Objects.equals(before.target(), after.target())) {
            changes.add(change(PackChangeKind.TARGET_CHANGED, after, before.period(), before.target(), after.target(),
                    targetWords(before.period(), before.target(), after.target())));
        }
        trend(before, after, changes);
        return changes;
    }

    private static void definition(PackIndicator before, PackIndicator after, String what,
            Function<PackIndicator, String> part, List<PackChange> changes) {
        String then = part.apply(before);
        String now = part.apply(after);
        if (!Objects.equals(then, now)) {
            changes.add(change(PackChangeKind.DEFINITION_CHANGED, after, before.period(), then, now,
                    "The " + what + " of " + before.name() + " changed" + (then == null ? " (it had none)"
                            : now == null ? " (it has none now)" : "") + "."));
        }
    }

    /** One period's figure then and now: revised, shown for the first time, or no longer shown. */
    private static void figure(PackIndicator indicator, String period, String valueThen, String displayThen,
            String valueNow, String displayNow, List<PackChange> changes) {
        if (valueThen != null && valueNow != null) {
            if (new BigDecimal(valueThen).compareTo(new BigDecimal(valueNow)) != 0) {
                String words = displayThen.equals(displayNow)
                        ? "The figure for " + period + " was revised from " + valueThen + " to " + valueNow
                                + " (both print as " + displayNow + ")."
                        : "The figure for " + period + " was revised from " + displayThen + " to " + displayNow + ".";
                changes.add(change(PackChangeKind.FIGURE_REVISED, indicator, period, displayThen, displayNow, words));
            }
        } else if (valueThen != null) {
            String shownNow = printed(displayNow);
            changes.add(change(PackChangeKind.FIGURE_WITHHELD, indicator, period, displayThen, shownNow,
                    "The figure for " + period + " (" + displayThen + ") is no longer shown: "
                            + (shownNow == null ? "there is no figure now." : "it reads " + shownNow + " now.")));
        } else if (valueNow != null) {
            changes.add(change(PackChangeKind.NEW_FIGURE, indicator, period, printed(displayThen), displayNow,
                    "There is now a figure for " + period + ": " + displayNow + "."));
        }
    }

    private static void trend(PackIndicator before, PackIndicator after, List<PackChange> changes) {
        Map<String, TrendPoint> then = trendByPeriod(before);
        Map<String, TrendPoint> now = trendByPeriod(after);
        then.forEach((period, point) -> {
            TrendPoint current = now.get(period);
            if (current == null) {
                if (point.value() != null) {
                    changes.add(change(PackChangeKind.FIGURE_WITHHELD, after, period, point.display(), null,
                            "The figure for " + period + " (" + point.display() + ") is no longer shown: there is no"
                                    + " figure now."));
                }
            } else {
                figure(after, period, point.value(), point.display(), current.value(), current.display(), changes);
            }
        });
        now.forEach((period, point) -> {
            if (!then.containsKey(period) && point.value() != null) {
                changes.add(change(PackChangeKind.NEW_FIGURE, after, period, null, point.display(),
                        "There is now a figure for " + period + ": " + point.display() + "."));
            }
        });
    }

    /** The trend's earlier periods: the pack's own period is compared as the indicator's figure. */
    private static Map<String, TrendPoint> trendByPeriod(PackIndicator indicator) {
        Map<String, TrendPoint> points = new LinkedHashMap<>();
        indicator.trend().stream().filter(point -> !point.period().equals(indicator.period()))
                .forEach(point -> points.putIfAbsent(point.period(), point));
        return points;
    }

    /** An indicator on the frozen pack that is not on the scorecard now. */
    private static List<PackChange> gone(PackIndicator before) {
        List<PackChange> changes = new ArrayList<>();
        if (before.showsFigure()) {
            changes.add(change(PackChangeKind.FIGURE_WITHHELD, before, before.period(), before.display(), null,
                    before.name() + " is no longer on the scorecard for " + before.period() + "; the pack showed "
                            + before.display() + "."));
        }
        if (before.target() != null) {
            changes.add(change(PackChangeKind.TARGET_CHANGED, before, before.period(), before.target(), null,
                    targetWords(before.period(), before.target(), null)));
        }
        return changes;
    }

    /** An indicator on the scorecard now that the frozen pack did not have. */
    private static List<PackChange> arrived(PackIndicator after) {
        String shown = after.showsFigure() ? after.display() : null;
        List<PackChange> changes = new ArrayList<>(List.of(change(PackChangeKind.NEW_FIGURE, after, after.period(),
                null, shown, after.name() + " is on the scorecard now and was not in the pack"
                        + (shown == null ? "; it has no figure for " + after.period() + " yet."
                                : ": " + shown + " for " + after.period() + "."))));
        if (after.target() != null) {
            changes.add(change(PackChangeKind.TARGET_CHANGED, after, after.period(), null, after.target(),
                    targetWords(after.period(), null, after.target())));
        }
        return changes;
    }

    private static String targetWords(String period, String then, String now) {
        if (then == null) {
            return "A target for " + period + " was set: " + now + ".";
        }
        if (now == null) {
            return "The target for " + period + " (" + then + ") is no longer set.";
        }
        return "The target for " + period + " changed from " + then + " to " + now + ".";
    }

    /** What a pack printed where it had no number: a symbol ("c"), or nothing at all. */
    private static String printed(String display) {
        return display == null || display.equals(PackRows.NO_FIGURE) ? null : display;
    }

    private static PackChange change(PackChangeKind kind, PackIndicator indicator, String period, String before,
            String after, String words) {
        return new PackChange(kind, indicator.code(), indicator.name(), period, before, after, words);
    }
}
