package org.promise.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.promise.pack.PackContent.Comparators;
import org.promise.pack.PackContent.Exceptions;
import org.promise.pack.PackContent.PackIndicator;
import org.promise.pack.PackContent.PriorityGroup;
import org.promise.pack.PackContent.TrendPoint;

class PackChangesTest {

    private static final OffsetDateTime FROZEN = OffsetDateTime.of(2023, 11, 13, 18, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime NOW = FROZEN.plusMonths(6);

    /** Children in care with a timely health check: 61% in 2023-24, against a target of 65%. */
    private static PackIndicator assess() {
        return new PackIndicator("HLTH_ASSESS", "Annual health assessments on time", "OC2 cohort, as a percentage",
                "percent", "higher_is_better", "2023-24", "61", null, "61%", "final", "65%", "amber",
                "61% is within 5 points of the target 65%", "improving", "Up from 58%",
                List.of(new TrendPoint("2022-23", "58", "58%"), new TrendPoint("2023-24", "61", "61%")),
                new Comparators("89%", "88%", null), List.of(), null);
    }

    private static PackIndicator with(PackIndicator i, UnaryOperator<Builder> change) {
        return change.apply(new Builder(i)).build();
    }

    /** A record's copy with some parts changed. */
    private static final class Builder {
        String code;
        String name;
        String definition;
        String unit;
        String polarity;
        String period;
        String value;
        String symbol;
        String display;
        String status;
        String target;
        String rag;
        String ragReason;
        String direction;
        String directionReason;
        List<TrendPoint> trend;
        Comparators comparators;
        String commentary;

        Builder(PackIndicator i) {
            code = i.code();
            name = i.name();
            definition = i.definition();
            unit = i.unit();
            polarity = i.polarity();
            period = i.period();
            value = i.value();
            symbol = i.symbol();
            display = i.display();
            status = i.status();
            target = i.target();
            rag = i.rag();
            ragReason = i.ragReason();
            direction = i.direction();
            directionReason = i.directionReason();
            trend = i.trend();
            comparators = i.comparators();
            commentary = i.commentary();
        }

        Builder figure(String newValue, String newDisplay) {
            value = newValue;
            display = newDisplay;
            List<TrendPoint> points = new ArrayList<>(trend.stream().filter(p -> !p.period().equals(period)).toList());
            points.add(new TrendPoint(period, newValue, newDisplay));
            trend = points;
            return this;
        }

        PackIndicator build() {
            return new PackIndicator(code, name, definition, unit, polarity, period, value, symbol, display, status,
                    target, rag, ragReason, direction, directionReason, trend, comparators, List.of(), commentary);
        }
    }

    private static PackContent content(OffsetDateTime at, PackIndicator... indicators) {
        return new PackContent(at, new PackContent.AuthorityRef("E08000030", "Walsall"), "2023-24", "2023-24",
                List.of(new PriorityGroup("health-and-wellbeing", "Mental and Physical Health and Wellbeing",
                        List.of(indicators))),
                new Exceptions(List.of(), List.of(), List.of(), List.of()), List.of());
    }

    private static List<PackChange> changes(PackIndicator then, PackIndicator now) {
        return PackChanges.between(content(FROZEN, then), content(NOW, now));
    }

    @Test
    void theSameFiguresAreNoChangeWhenTheyWereGeneratedOrCommentedOn() {
        assertThat(changes(assess(), with(assess(), b -> {
            b.commentary = "Better than last year";
            b.ragReason = "Reworded reason";
            b.comparators = new Comparators("90%", null, null);
            return b;
        }))).isEmpty();
    }

    @Test
    void aRevisedFigureIsNamedWithItsBeforeAndAfter() {
        assertThat(changes(assess(), with(assess(), b -> b.figure("63", "63%"))))
                .extracting(PackChange::kind, PackChange::period, PackChange::before, PackChange::after,
                        PackChange::words)
                .containsExactly(tuple(PackChangeKind.FIGURE_REVISED, "2023-24", "61%", "63%",
                        "The figure for 2023-24 was revised from 61% to 63%."));
    }

    @Test
    void aRevisionThatPrintsTheSameGivesTheNumbers() {
        assertThat(changes(assess(), with(assess(), b -> b.figure("61.2", "61%"))))
                .extracting(PackChange::kind, PackChange::words)
                .containsExactly(tuple(PackChangeKind.FIGURE_REVISED,
                        "The figure for 2023-24 was revised from 61 to 61.2 (both print as 61%)."));
    }

    @Test
    void theSameNumberWrittenOtherwiseIsNoRevision() {
        assertThat(changes(assess(), with(assess(), b -> b.figure("61.0", "61%")))).isEmpty();
    }

    @Test
    void aRevisionThatMovesTheRatingIsBothKinds() {
        assertThat(changes(assess(), with(assess(), b -> {
            b.figure("66", "66%");
            b.rag = "green";
            return b;
        }))).extracting(PackChange::kind, PackChange::before, PackChange::after).containsExactly(
                tuple(PackChangeKind.FIGURE_REVISED, "61%", "66%"),
                tuple(PackChangeKind.RAG_CHANGED, "amber", "green"));
    }

    @Test
    void aChangedTargetIsNamedAndSoIsASetOrRemovedOne() {
        assertThat(changes(assess(), with(assess(), b -> {
            b.target = "70%";
            return b;
        }))).extracting(PackChange::kind, PackChange::before, PackChange::after, PackChange::words)
                .containsExactly(tuple(PackChangeKind.TARGET_CHANGED, "65%", "70%",
                        "The target for 2023-24 changed from 65% to 70%."));
        assertThat(changes(with(assess(), b -> {
            b.target = null;
            return b;
        }), assess())).extracting(PackChange::words).containsExactly("A target for 2023-24 was set: 65%.");
        assertThat(changes(assess(), with(assess(), b -> {
            b.target = null;
            return b;
        }))).extracting(PackChange::words).containsExactly("The target for 2023-24 (65%) is no longer set.");
    }

    @Test
    void aFigureShownThenAndWithheldNowIsWithheld() {
        assertThat(changes(assess(), with(assess(), b -> {
            b.figure(null, "c");
            b.symbol = "c";
            return b;
        }))).extracting(PackChange::kind, PackChange::period, PackChange::before, PackChange::after,
                PackChange::words).containsExactly(tuple(PackChangeKind.FIGURE_WITHHELD, "2023-24", "61%", "c",
                "The figure for 2023-24 (61%) is no longer shown: it reads c now."));
        assertThat(changes(assess(), with(assess(), b -> b.figure(null, PackRows.NO_FIGURE))))
                .extracting(PackChange::kind, PackChange::after, PackChange::words)
                .containsExactly(tuple(PackChangeKind.FIGURE_WITHHELD, null,
                        "The figure for 2023-24 (61%) is no longer shown: there is no figure now."));
    }

    @Test
    void aFigureWhereThereWasNoneIsNew() {
        assertThat(changes(with(assess(), b -> b.figure(null, PackRows.NO_FIGURE)), assess()))
                .extracting(PackChange::kind, PackChange::before, PackChange::after, PackChange::words)
                .containsExactly(tuple(PackChangeKind.NEW_FIGURE, null, "61%",
                        "There is now a figure for 2023-24: 61%."));
        assertThat(changes(with(assess(), b -> {
            b.figure(null, "x");
            b.symbol = "x";
            return b;
        }), assess())).extracting(PackChange::kind, PackChange::before)
                .containsExactly(tuple(PackChangeKind.NEW_FIGURE, "x"));
    }

    @Test
    void oneSymbolForAnotherIsNoChangeOfFigure() {
        PackIndicator confidential = with(assess(), b -> {
            b.figure(null, "c");
            b.symbol = "c";
            return b;
        });
        assertThat(changes(confidential, with(confidential, b -> {
            b.figure(null, "x");
            b.symbol = "x";
            return b;
        }))).isEmpty();
    }

    @Test
    void theTrendsEarlierPeriodsAreComparedToo() {
        PackIndicator longer = with(assess(), b -> {
            b.trend = List.of(new TrendPoint("2021-22", "55", "55%"), new TrendPoint("2022-23", "59", "59%"),
                    new TrendPoint("2023-24", "61", "61%"));
            return b;
        });
        assertThat(changes(assess(), longer)).extracting(PackChange::kind, PackChange::period, PackChange::before,
                PackChange::after).containsExactly(
                tuple(PackChangeKind.FIGURE_REVISED, "2022-23", "58%", "59%"),
                tuple(PackChangeKind.NEW_FIGURE, "2021-22", null, "55%"));
        assertThat(changes(longer, assess())).extracting(PackChange::kind, PackChange::period, PackChange::before,
                PackChange::after).containsExactly(
                tuple(PackChangeKind.FIGURE_WITHHELD, "2021-22", "55%", null),
                tuple(PackChangeKind.FIGURE_REVISED, "2022-23", "59%", "58%"));
    }

    @Test
    void aChangedDefinitionNamesEachPartThatChanged() {
        assertThat(changes(assess(), with(assess(), b -> {
            b.name = "Health assessments on time";
            b.definition = null;
            b.unit = "count";
            b.polarity = "lower_is_better";
            return b;
        }))).extracting(PackChange::kind, PackChange::before, PackChange::after, PackChange::words).containsExactly(
                tuple(PackChangeKind.DEFINITION_CHANGED, "Annual health assessments on time",
                        "Health assessments on time", "The name of Annual health assessments on time changed."),
                tuple(PackChangeKind.DEFINITION_CHANGED, "OC2 cohort, as a percentage", null,
                        "The definition of Annual health assessments on time changed (it has none now)."),
                tuple(PackChangeKind.DEFINITION_CHANGED, "percent", "count",
                        "The unit of Annual health assessments on time changed."),
                tuple(PackChangeKind.DEFINITION_CHANGED, "higher_is_better", "lower_is_better",
                        "The polarity of Annual health assessments on time changed."));
    }

    @Test
    void anIndicatorGoneFromTheScorecardIsWithheldAndItsTargetGone() {
        assertThat(PackChanges.between(content(FROZEN, assess()), content(NOW)))
                .extracting(PackChange::kind, PackChange::before, PackChange::after, PackChange::words)
                .containsExactly(
                        tuple(PackChangeKind.FIGURE_WITHHELD, "61%", null, "Annual health assessments on time is no"
                                + " longer on the scorecard for 2023-24; the pack showed 61%."),
                        tuple(PackChangeKind.TARGET_CHANGED, "65%", null,
                                "The target for 2023-24 (65%) is no longer set."));
        PackIndicator targetOnly = with(assess(), b -> {
            b.figure(null, PackRows.NO_FIGURE);
            b.trend = List.of();
            return b;
        });
        assertThat(PackChanges.between(content(FROZEN, targetOnly), content(NOW)))
                .extracting(PackChange::kind).containsExactly(PackChangeKind.TARGET_CHANGED);
    }

    @Test
    void anIndicatorNewOnTheScorecardIsANewFigure() {
        assertThat(PackChanges.between(content(FROZEN), content(NOW, assess())))
                .extracting(PackChange::kind, PackChange::indicator, PackChange::before, PackChange::after,
                        PackChange::words)
                .containsExactly(
                        tuple(PackChangeKind.NEW_FIGURE, "HLTH_ASSESS", null, "61%", "Annual health assessments on"
                                + " time is on the scorecard now and was not in the pack: 61% for 2023-24."),
                        tuple(PackChangeKind.TARGET_CHANGED, "HLTH_ASSESS", null, "65%",
                                "A target for 2023-24 was set: 65%."));
        PackIndicator noFigureYet = with(assess(), b -> {
            b.figure(null, PackRows.NO_FIGURE);
            b.target = null;
            return b;
        });
        assertThat(PackChanges.between(content(FROZEN), content(NOW, noFigureYet)))
                .extracting(PackChange::after, PackChange::words).containsExactly(tuple(null,
                        "Annual health assessments on time is on the scorecard now and was not in the pack; it has no"
                                + " figure for 2023-24 yet."));
    }

    @Test
    void changesFollowTheFrozenPacksOrderThenTheNewIndicators() {
        PackIndicator dental = with(assess(), b -> {
            b.code = "HLTH_DENTAL";
            b.name = "Dental checks";
            return b;
        });
        PackIndicator eet = with(assess(), b -> {
            b.code = "CL_EET_1921";
            b.name = "Care leavers in education, employment or training";
            return b;
        });
        List<PackChange> found = PackChanges.between(content(FROZEN, dental, assess()),
                content(NOW, with(assess(), b -> b.figure("70", "70%")), eet, with(dental, b -> b.figure("1", "1%"))));
        assertThat(found).extracting(PackChange::indicator, PackChange::kind).containsExactly(
                tuple("HLTH_DENTAL", PackChangeKind.FIGURE_REVISED),
                tuple("HLTH_ASSESS", PackChangeKind.FIGURE_REVISED),
                tuple("CL_EET_1921", PackChangeKind.NEW_FIGURE),
                tuple("CL_EET_1921", PackChangeKind.TARGET_CHANGED));
    }

    /** Property: whatever a content holds, comparing it with itself (or a copy generated later) finds nothing. */
    @Test
    void aContentComparedWithItselfHasNoChanges() {
        Random random = new Random(20261203);
        String[] displays = {"c", "x", "z", "low", PackRows.NO_FIGURE};
        for (int run = 0; run < 500; run++) {
            List<PackIndicator> indicators = new ArrayList<>();
            int count = random.nextInt(8);
            for (int i = 0; i < count; i++) {
                int n = i;
                boolean shown = random.nextBoolean();
                String number = String.valueOf(random.nextInt(1000) / 10.0);
                List<TrendPoint> trend = new ArrayList<>();
                for (int year = 2015; year < 2015 + random.nextInt(6); year++) {
                    boolean pointShown = random.nextInt(4) > 0;
                    String point = String.valueOf(random.nextInt(100));
                    trend.add(new TrendPoint(year + "-" + (year - 1999), pointShown ? point : null,
                            pointShown ? point + "%" : displays[random.nextInt(displays.length)]));
                }
                indicators.add(with(assess(), b -> {
                    b.code = "IND_" + n;
                    b.name = random.nextBoolean() ? "Indicator " + n : "Indicator " + n + " with a longer name";
                    b.definition = random.nextBoolean() ? null : "Defined " + random.nextInt(3);
                    b.value = shown ? number : null;
                    b.display = shown ? number + "%" : displays[random.nextInt(displays.length)];
                    b.target = random.nextBoolean() ? null : random.nextInt(100) + "%";
                    b.rag = List.of("red", "amber", "green", "none").get(random.nextInt(4));
                    b.trend = trend;
                    return b;
                }));
            }
            PackIndicator[] all = indicators.toArray(PackIndicator[]::new);
            assertThat(PackChanges.between(content(FROZEN, all), content(NOW, all))).as("run " + run).isEmpty();
        }
    }
}
