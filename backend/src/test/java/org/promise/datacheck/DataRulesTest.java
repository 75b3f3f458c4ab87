package org.promise.datacheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.promise.indicator.Unit;

/** Each rule with the packs' own slips as cases, and the figures the packs give right. */
class DataRulesTest {

    private static final String WALSALL = "E08000030";
    private static final String WEST_MIDLANDS = "E12000005";

    private static final Measure EET_1617 = percent("CL_EET_1617", "Young people aged 16 and 17 in education, "
            + "employment or training", null);
    private static final Measure STAY_PUT = percent("CL_STAYPUT_1920", "Care leavers aged 19 and 20 staying put", null);
    private static final Measure DENTAL = percent("HLTH_DENTAL", "Annual dental checks", null);
    private static final Measure FOSTER = percent("PLC_FOSTER", "Children in care living with foster families", null);
    private static final Measure EET_1921 = percent("CL_EET_1921", "Care leavers aged 19 to 21 in education, "
            + "employment or training", null);
    private static final Measure LEFT = count("LEAVE_TOTAL", "Children who left care");
    private static final Measure HOME = count("LEAVE_REUNIF", "Children returned home to their parents");
    private static final Measure SGO = count("LEAVE_SGO", "Children leaving care through a special guardianship order");
    private static final Measure ADOPT = count("LEAVE_ADOPT", "Children leaving care through adoption");
    private static final Measure OTHER = count("LEAVE_OTHER", "Children who left care for another reason");
    private static final Measure HOME_PCT = percent("LEAVE_REUNIF_PCT", "Returned home, share", "LEAVE_REUNIF");
    private static final Measure SGO_PCT = percent("LEAVE_SGO_PCT", "Special guardianship, share", "LEAVE_SGO");
    private static final Measure ADOPT_PCT = percent("LEAVE_ADOPT_PCT", "Adoption, share", "LEAVE_ADOPT");

    private static Measure percent(String code, String name, String numeratorIndicator) {
        return new Measure(code, name, Unit.PERCENT, 0, numeratorIndicator);
    }

    private static Measure count(String code, String name) {
        return new Measure(code, name, Unit.COUNT, 0, null);
    }

    private static Reading reading(Measure measure, String period, String value) {
        return fraction(measure, period, value, null, null);
    }

    private static Reading fraction(Measure measure, String period, String value, String numerator,
            String denominator) {
        int year = Integer.parseInt(period.substring(0, 4));
        return new Reading(measure.code(), WALSALL, period, LocalDate.of(year + 1, 3, 31), new BigDecimal(value),
                numerator == null ? null : new BigDecimal(numerator),
                denominator == null ? null : new BigDecimal(denominator), "Walsall CPB agenda pack");
    }

    // --- fraction ---------------------------------------------------------------------------------------------

    @Test
    void theFractionRoundsOnceSo79Of102IsNot78() {
        assertThat(DataRules.fraction(EET_1617, fraction(EET_1617, "2022-23", "78", "79", "102")))
                .hasValueSatisfying(finding -> {
                    assertThat(finding.sentence()).isEqualTo("79 of 102 is 77.5%, not 78%");
                    assertThat(finding.key()).isEqualTo("fraction:CL_EET_1617:E08000030:2022-23");
                    assertThat(finding.figures()).extracting(Finding.Figure::label)
                            .containsExactly("value", "numerator", "denominator");
                });
    }

    @Test
    void aFractionThatGivesTheValueRaisesNothing() {
        assertThat(DataRules.fraction(STAY_PUT, fraction(STAY_PUT, "2019-20", "30", "12", "40"))).isEmpty();
        assertThat(DataRules.fraction(STAY_PUT, reading(STAY_PUT, "2021-22", "41"))).isEmpty();
    }

    // --- parts ------------------------------------------------------------------------------------------------

    private static final List<Measure> ROUTES = List.of(HOME, SGO, ADOPT, OTHER);

    private static Map<String, Reading> left(String total, String home, String sgo, String adopt, String other) {
        Map<String, Reading> here = new java.util.HashMap<>();
        List<Measure> measures = List.of(LEFT, HOME, SGO, ADOPT, OTHER);
        String[] values = {total, home, sgo, adopt, other};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                here.put(measures.get(i).code(), reading(measures.get(i), "2022-23", values[i]));
            }
        }
        return here;
    }

    @Test
    void allThePartsMustAddUpToTheTotal() {
        assertThat(DataRules.parts(LEFT, ROUTES, left("170", "36", "26", "27", "81"))).isEmpty();
        assertThat(DataRules.parts(LEFT, ROUTES, left("170", "36", "26", "27", "83")))
                .hasValueSatisfying(finding -> {
                    assertThat(finding.rule()).isEqualTo(DataRule.PARTS);
                    assertThat(finding.sentence()).startsWith("The 4 parts of children who left care add up to 172, "
                            + "not the 170 reported (children returned home to their parents 36, ");
                });
    }

    @Test
    void somePartsMustNotAddUpToMoreThanTheTotal() {
        assertThat(DataRules.parts(LEFT, ROUTES, left("170", "36", "26", "27", null))).isEmpty();
        assertThat(DataRules.parts(LEFT, ROUTES, left("80", "36", "26", "27", null)))
                .hasValueSatisfying(finding -> assertThat(finding.sentence())
                        .startsWith("3 of the 4 parts of children who left care add up to 89, more than the 80 reported"));
        assertThat(DataRules.parts(LEFT, ROUTES, left(null, "36", "26", "27", "81"))).isEmpty();
    }

    // --- shares -----------------------------------------------------------------------------------------------

    private static List<DataRules.ShareOf> routes(String period, String home, String homePct, String sgo,
            String sgoPct, String adopt, String adoptPct) {
        return List.of(
                new DataRules.ShareOf(HOME, reading(HOME, period, home), HOME_PCT, reading(HOME_PCT, period, homePct)),
                new DataRules.ShareOf(SGO, reading(SGO, period, sgo), SGO_PCT, reading(SGO_PCT, period, sgoPct)),
                new DataRules.ShareOf(ADOPT, reading(ADOPT, period, adopt), ADOPT_PCT,
                        reading(ADOPT_PCT, period, adoptPct)));
    }

    @ParameterizedTest(name = "{0}: {1} ({2}%), {3} ({4}%), {5} ({6}%) agree")
    @CsvSource({
        // The pack's 2022-23 routes out of care: 36 = 21%, 26 = 15%, 27 = 16% of about 170.
        "2022-23, 36, 21, 26, 15, 27, 16",
        "2019-20, 27, 14, 28, 15, 16, 9",
    })
    void countsAndSharesThatImplyOneTotalRaiseNothing(String period, String home, String homePct, String sgo,
            String sgoPct, String adopt, String adoptPct) {
        assertThat(DataRules.shares(LEFT, null, routes(period, home, homePct, sgo, sgoPct, adopt, adoptPct))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} ({2}%), {3} ({4}%), {5} ({6}%) do not agree")
    @CsvSource(delimiter = '|', value = {
        // The pack's 2021-22: 11 (11%) returned home means about 100 left care, 29 (15%) adopted about 190.
        "2021-22|11|11|17|9|29|15|Children returned home to their parents: 11 at 11% means 96 to 104 children who "
                + "left care, but Children leaving care through adoption: 29 at 15% means 188 to 200 children who "
                + "left care: both cannot be right",
        // The pack's 2020-21: 37 (23%) by special guardianship, 19 (10%) adopted.
        "2020-21|21|13|37|23|19|10|Children leaving care through a special guardianship order: 37 at 23% means 158 "
                + "to 164 children who left care, but Children leaving care through adoption: 19 at 10% means 181 "
                + "to 200 children who left care: both cannot be right",
    })
    void countsAndSharesThatImplyDifferentTotalsAreAWarning(String period, String home, String homePct, String sgo,
            String sgoPct, String adopt, String adoptPct, String sentence) {
        assertThat(DataRules.shares(LEFT, null, routes(period, home, homePct, sgo, sgoPct, adopt, adoptPct)))
                .hasValueSatisfying(finding -> {
                    assertThat(finding.rule()).isEqualTo(DataRule.SHARES);
                    assertThat(finding.key()).isEqualTo("shares:LEAVE_TOTAL:E08000030:" + period);
                    assertThat(finding.sentence()).isEqualTo(sentence);
                });
    }

    @Test
    void aTotalGivenMustBeOneTheSharesAllow() {
        List<DataRules.ShareOf> routes = routes("2022-23", "36", "21", "26", "15", "27", "16");
        assertThat(DataRules.shares(LEFT, reading(LEFT, "2022-23", "170"), routes)).isEmpty();
        assertThat(DataRules.shares(LEFT, reading(LEFT, "2022-23", "150"), routes))
                .hasValueSatisfying(finding -> assertThat(finding.sentence()).isEqualTo("Children who left care "
                        + "reported as 150, but Children returned home to their parents: 36 at 21% means 168 to 175 "
                        + "children who left care: both cannot be right"));
    }

    @Test
    void aCountOfNoneOrOneShareAloneSaysNothing() {
        assertThat(DataRules.shares(LEFT, null, List.of(new DataRules.ShareOf(HOME, reading(HOME, "2022-23", "36"),
                HOME_PCT, reading(HOME_PCT, "2022-23", "21"))))).isEmpty();
        assertThat(DataRules.shares(LEFT, null, routes("2022-23", "0", "0", "26", "15", "0", "3"))).isEmpty();
    }

    @Test
    void someAtNoneInAHundredMeansALargeTotal() {
        // 7 returned home at 0% means at least 1,400 left care (7 is under half a percent of it).
        assertThat(DataRules.shares(LEFT, reading(LEFT, "2017-18", "170"), List.of(new DataRules.ShareOf(HOME,
                reading(HOME, "2017-18", "7"), HOME_PCT, reading(HOME_PCT, "2017-18", "0")))))
                .hasValueSatisfying(finding -> assertThat(finding.sentence()).isEqualTo("Children who left care "
                        + "reported as 170, but Children returned home to their parents: 7 at 0% means at least 1,400 "
                        + "children who left care: both cannot be right"));
        // 1 at 0% means at least 200, and 26 at 15% at most 179.
        assertThat(DataRules.shares(LEFT, null, routes("2022-23", "0", "0", "26", "15", "1", "0"))).isPresent();
        assertThat(DataRules.shares(LEFT, reading(LEFT, "2017-18", "1500"), List.of(new DataRules.ShareOf(HOME,
                reading(HOME, "2017-18", "7"), HOME_PCT, reading(HOME_PCT, "2017-18", "0"))))).isEmpty();
    }

    @Test
    void aShareIsReadAsShownAtItsIndicatorsDecimals() {
        // A stored 0.4 of a whole-percent share is shown as 0%: 9 at 0% means at least 1,800, not 1,000.
        assertThat(DataRules.shares(LEFT, reading(LEFT, "2017-18", "170"), List.of(new DataRules.ShareOf(ADOPT,
                reading(ADOPT, "2017-18", "9"), ADOPT_PCT, reading(ADOPT_PCT, "2017-18", "0.4")))))
                .hasValueSatisfying(finding -> assertThat(finding.sentence()).contains("9 at 0% means at least "
                        + "1,800 children who left care"));
        // 21.4 shown as 21%: 36 at 21% means 168 to 175, so 174 agrees (read as 21.4, it would allow 172 at most).
        assertThat(DataRules.shares(LEFT, reading(LEFT, "2022-23", "174"), List.of(new DataRules.ShareOf(HOME,
                reading(HOME, "2022-23", "36"), HOME_PCT, reading(HOME_PCT, "2022-23", "21.4"))))).isEmpty();
    }

    // --- reported twice, comparator differs --------------------------------------------------------------------

    @Test
    void theSameMeasureReportedTwiceWithAnotherNumber() {
        Reading stored = new Reading("PLC_FOSTER", WALSALL, "2023-03-31", LocalDate.of(2023, 3, 31),
                new BigDecimal("75"), null, null, "Walsall CPB agenda pack, 13 November 2023");
        OtherReport fostering = new OtherReport(7, "PLC_FOSTER", WALSALL, "2023-03-31", new BigDecimal("69"),
                "the fostering annual report", "448 (69%) were living with Foster Carers");
        assertThat(DataRules.reportDiffers(FOSTER, stored, fostering, WALSALL, "Walsall"))
                .hasValueSatisfying(finding -> {
                    assertThat(finding.rule()).isEqualTo(DataRule.REPORTED_TWICE);
                    assertThat(finding.key()).isEqualTo("reported-twice:PLC_FOSTER:E08000030:2023-03-31:7");
                    assertThat(finding.sentence()).isEqualTo("Children in care living with foster families, "
                            + "at 31 March 2023: 75% as stored (Walsall CPB agenda pack, 13 November 2023), but 69% in the "
                            + "fostering annual report: \"448 (69%) were living with Foster Carers\"");
                });
    }

    @Test
    void aComparatorReportedWithAnotherNumber() {
        Reading table = new Reading("CL_EET_1921", WEST_MIDLANDS, "2021-22", LocalDate.of(2022, 3, 31),
                new BigDecimal("52"), null, null, null);
        OtherReport commentary = new OtherReport(8, "CL_EET_1921", WEST_MIDLANDS, "2021-22", new BigDecimal("54"),
                "the action plan's commentary", "the West Midlands average (54%)");
        assertThat(DataRules.reportDiffers(EET_1921, table, commentary, WALSALL, "West Midlands"))
                .hasValueSatisfying(finding -> {
                    assertThat(finding.rule()).isEqualTo(DataRule.COMPARATOR_DIFFERS);
                    assertThat(finding.sentence()).startsWith("Care leavers aged 19 to 21 in education, employment or "
                            + "training in West Midlands, 2021-22: 52% as stored, but 54% in the action plan's");
                });
    }

    @Test
    void aReportThatRoundsToTheStoredFigureAgrees() {
        Reading stored = reading(FOSTER, "2022-23", "69");
        OtherReport same = new OtherReport(9, "PLC_FOSTER", WALSALL, "2022-23", new BigDecimal("68.9"), "a report",
                "68.9%");
        assertThat(DataRules.reportDiffers(FOSTER, stored, same, WALSALL, "Walsall")).isEmpty();
    }

    // --- jump -------------------------------------------------------------------------------------------------

    @Test
    void stayingPutFellFarOutsideItsUsualChange() {
        assertThat(DataRules.jump(STAY_PUT, reading(STAY_PUT, "2021-22", "41"), reading(STAY_PUT, "2022-23", "23"),
                new DataRules.UsualChange(3, new BigDecimal("16"))))
                .hasValueSatisfying(finding -> assertThat(finding.sentence()).isEqualTo("Care leavers aged 19 and 20 "
                        + "staying put fell from 41% in 2021-22 to 23% in 2022-23, a change of 18 points; changes are "
                        + "usually within 5 points"));
    }

    @Test
    void dentalChecksRoseFarOutsideTheirUsualChange() {
        assertThat(DataRules.jump(DENTAL, reading(DENTAL, "2020-21", "43"), reading(DENTAL, "2021-22", "88"),
                DataRules.UsualChange.NONE)).hasValueSatisfying(finding -> assertThat(finding.sentence())
                        .contains("rose from 43% in 2020-21 to 88% in 2021-22, a change of 45 points"));
    }

    @Test
    void aLongHistoryOfLargeChangesWidensTheUsualRange() {
        var volatileHistory = new DataRules.UsualChange(20, new BigDecimal("7"));
        assertThat(DataRules.jump(STAY_PUT, reading(STAY_PUT, "2021-22", "41"), reading(STAY_PUT, "2022-23", "23"),
                volatileHistory)).isEmpty();
        assertThat(DataRules.jump(STAY_PUT, reading(STAY_PUT, "2021-22", "41"), reading(STAY_PUT, "2022-23", "19"),
                volatileHistory)).isPresent();
        // A short history, however calm, never narrows the range below the unit's floor.
        assertThat(DataRules.jump(STAY_PUT, reading(STAY_PUT, "2021-22", "41"), reading(STAY_PUT, "2022-23", "27"),
                new DataRules.UsualChange(3, new BigDecimal("1")))).isEmpty();
    }

    @Test
    void countsJumpByTheirShareOfThePreviousFigure() {
        assertThat(DataRules.jump(HOME, reading(HOME, "2021-22", "11"), reading(HOME, "2022-23", "36"),
                DataRules.UsualChange.NONE)).hasValueSatisfying(finding -> assertThat(finding.sentence())
                        .endsWith("rose from 11 in 2021-22 to 36 in 2022-23, a change of 227%; changes are usually "
                                + "within 20%"));
        assertThat(DataRules.jump(HOME, reading(HOME, "2020-21", "21"), reading(HOME, "2021-22", "11"),
                DataRules.UsualChange.NONE)).isEmpty();
    }

    @Test
    void anyCountAfterNoneIsAJumpAndNoneAfterNoneIsNot() {
        assertThat(DataRules.jump(HOME, reading(HOME, "2017-18", "0"), reading(HOME, "2018-19", "2"),
                DataRules.UsualChange.NONE)).hasValueSatisfying(finding -> {
                    assertThat(finding.sentence()).isEqualTo("Children returned home to their parents rose from 0 in "
                            + "2017-18 to 2 in 2018-19, from none; changes are usually within 20%");
                    assertThat(finding.figures()).extracting(Finding.Figure::label)
                            .containsExactly("previous", "current", "usual change");
                });
        assertThat(DataRules.jump(HOME, reading(HOME, "2017-18", "0"), reading(HOME, "2018-19", "0"),
                DataRules.UsualChange.NONE)).isEmpty();
        // A fall to none is all of the previous figure.
        assertThat(DataRules.jump(HOME, reading(HOME, "2017-18", "2"), reading(HOME, "2018-19", "0"),
                DataRules.UsualChange.NONE)).hasValueSatisfying(finding -> assertThat(finding.sentence())
                        .contains("fell from 2 in 2017-18 to 0 in 2018-19, a change of 100%"));
        // Percentages change in points, from 0% as from any other figure.
        assertThat(DataRules.jump(STAY_PUT, reading(STAY_PUT, "2017-18", "0"), reading(STAY_PUT, "2018-19", "4"),
                DataRules.UsualChange.NONE)).isEmpty();
    }

    // --- all together ------------------------------------------------------------------------------------------

    @Test
    void anAuthoritysFiguresAreCheckedByEveryRule() {
        List<Reading> readings = new ArrayList<>(List.of(
                fraction(EET_1617, "2022-23", "78", "79", "102"),
                reading(STAY_PUT, "2021-22", "41"), reading(STAY_PUT, "2022-23", "23"),
                reading(HOME, "2021-22", "11"), reading(HOME_PCT, "2021-22", "11"),
                reading(SGO, "2021-22", "17"), reading(SGO_PCT, "2021-22", "9"),
                new Reading("CL_EET_1921", WEST_MIDLANDS, "2021-22", LocalDate.of(2022, 3, 31), new BigDecimal("52"),
                        null, null, null)));
        var figures = new DataRules.AuthorityFigures(WALSALL,
                Map.of(EET_1617.code(), EET_1617, STAY_PUT.code(), STAY_PUT, HOME.code(), HOME, HOME_PCT.code(),
                        HOME_PCT, SGO.code(), SGO, SGO_PCT.code(), SGO_PCT, LEFT.code(), LEFT, EET_1921.code(),
                        EET_1921),
                Map.of(LEFT.code(), List.of(HOME.code(), SGO.code())),
                readings,
                List.of(new OtherReport(8, "CL_EET_1921", WEST_MIDLANDS, "2021-22", new BigDecimal("54"), "commentary",
                        "(54%)")),
                Map.of(), Map.of(WEST_MIDLANDS, "West Midlands"));
        assertThat(DataRules.check(figures)).extracting(Finding::key).containsExactlyInAnyOrder(
                "fraction:CL_EET_1617:E08000030:2022-23",
                "jump:CL_STAYPUT_1920:E08000030:2022-23",
                "shares:LEAVE_TOTAL:E08000030:2021-22",
                "comparator-differs:CL_EET_1921:E12000005:2021-22:8");
    }

    @Test
    void theFingerprintFollowsTheFiguresAndTheKeyDoesNot() {
        Finding before = DataRules.fraction(EET_1617, fraction(EET_1617, "2022-23", "78", "79", "102")).orElseThrow();
        Finding after = DataRules.fraction(EET_1617, fraction(EET_1617, "2022-23", "78", "79", "103")).orElseThrow();
        Finding again = DataRules.fraction(EET_1617, fraction(EET_1617, "2022-23", "78.00", "79", "102")).orElseThrow();
        assertThat(after.key()).isEqualTo(before.key());
        assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
        assertThat(again.fingerprint()).isEqualTo(before.fingerprint());
    }
}
