package org.promise.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.promise.disclosure.Suppression.Cell;
import org.promise.disclosure.Suppression.Key;
import org.promise.disclosure.Suppression.Rules;
import org.promise.indicator.Unit;

class SuppressionTest {

    private static final List<String> ROUTES = List.of("LEAVE_REUNIF", "LEAVE_SGO", "LEAVE_ADOPT", "LEAVE_OTHER");
    private static final Rules LEAVING_CARE = new Rules(Map.of("LEAVE_TOTAL", ROUTES),
            Map.of("LEAVE_SGO_PCT", "LEAVE_SGO", "LEAVE_ADOPT_PCT", "LEAVE_ADOPT"));

    private static Cell count(String indicator, String value) {
        return count(indicator, "E08000030", "2022-23", value);
    }

    private static Cell count(String indicator, String area, String period, String value) {
        return new Cell(new Key(indicator, area, period), Unit.COUNT, value == null ? null : new BigDecimal(value),
                null, null);
    }

    private static Cell percent(String indicator, String value, String numerator, String denominator) {
        return new Cell(new Key(indicator, "E08000030", "2022-23"), Unit.PERCENT, new BigDecimal(value),
                numerator == null ? null : new BigDecimal(numerator),
                denominator == null ? null : new BigDecimal(denominator));
    }

    private static Set<String> withheld(List<Cell> cells) {
        return Suppression.withheld(cells, LEAVING_CARE).stream().map(Key::indicator).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @CsvSource({"0, false", "0.4, false", "1, true", "1.0, true", "3, true", "5, true", "5.00, true", "5.5, false",
        "6, false", "120, false", "-2, false"})
    void shouldWithholdCountsFromOneToFive(String value, boolean disclosive) {
        assertEquals(disclosive, Suppression.isDisclosive(count("LEAVE_SGO", value)));
    }

    @ParameterizedTest
    @CsvSource({"12, 3, 25, true", "60, 3, 5, true", "20, 6, 30, false", "0, 0, 30, false", "100, 6, 6, false",
        "95, 38, 40, true", "86, 30, 35, true", "89, 44, 49, true", "85, 34, 40, false", "100, 51, 51, false"})
    void shouldWithholdRatesWhoseNumeratorOrDenominatorOrWhatTheyLeaveOutIsSmall(String value, String numerator,
            String denominator, boolean disclosive) {
        assertEquals(disclosive, Suppression.isDisclosive(percent("CL_EET_1921", value, numerator, denominator)));
    }

    @Test
    void shouldNotJudgeARateWithoutItsFractionOrAFigureOfAnotherUnit() {
        assertFalse(Suppression.isDisclosive(percent("CL_EET_1921", "3", null, null)));
        assertFalse(Suppression.isDisclosive(new Cell(new Key("ADOPT_A2", "E08000030", "2022-23"), Unit.DAYS,
                new BigDecimal(4), null, null)));
        assertFalse(Suppression.isDisclosive(count("LEAVE_SGO", null)), "a symbol has no number to withhold");
    }

    @Test
    void shouldWithholdTheSmallestOtherRouteSoThatNoRouteCanBeFoundBySubtraction() {
        List<Cell> cells = List.of(count("LEAVE_TOTAL", "66"), count("LEAVE_REUNIF", "36"), count("LEAVE_SGO", "3"),
                count("LEAVE_ADOPT", "15"), count("LEAVE_OTHER", "12"));
        assertEquals(Set.of("LEAVE_SGO", "LEAVE_OTHER"), withheld(cells));
    }

    @Test
    void shouldNotWithholdMoreWhenAnotherRouteIsUnknownAlready() {
        List<Cell> cells = new ArrayList<>(List.of(count("LEAVE_TOTAL", "66"), count("LEAVE_REUNIF", "36"),
                count("LEAVE_SGO", "3"), count("LEAVE_ADOPT", "15")));
        assertEquals(Set.of("LEAVE_SGO"), withheld(cells), "LEAVE_OTHER is not published: two unknowns already");
        cells.add(count("LEAVE_OTHER", null));
        assertEquals(Set.of("LEAVE_SGO"), withheld(cells), "a symbol is unknown too");
    }

    @Test
    void shouldPreferANonZeroPartAndFallBackToTheTotal() {
        assertEquals(Set.of("LEAVE_SGO", "LEAVE_ADOPT"), withheld(List.of(count("LEAVE_TOTAL", "50"),
                count("LEAVE_REUNIF", "30"), count("LEAVE_SGO", "2"), count("LEAVE_ADOPT", "18"),
                count("LEAVE_OTHER", "0"))), "withholding a zero would give nothing away");
        Rules onePart = new Rules(Map.of("LEAVE_TOTAL", List.of("LEAVE_SGO")), Map.of());
        assertEquals(Set.of(new Key("LEAVE_SGO", "E08000030", "2022-23"), new Key("LEAVE_TOTAL", "E08000030", "2022-23")),
                Suppression.withheld(List.of(count("LEAVE_TOTAL", "4"), count("LEAVE_SGO", "4")), onePart));
    }

    @Test
    void shouldWithholdARateWhoseCountIsWithheldEvenForSecondaryReasons() {
        List<Cell> cells = List.of(count("LEAVE_TOTAL", "66"), count("LEAVE_REUNIF", "36"), count("LEAVE_SGO", "3"),
                count("LEAVE_ADOPT", "15"), count("LEAVE_OTHER", "12"),
                percent("LEAVE_ADOPT_PCT", "23", "15", "66"), percent("LEAVE_SGO_PCT", "5", "3", "66"));
        assertEquals(Set.of("LEAVE_SGO", "LEAVE_OTHER", "LEAVE_SGO_PCT"), withheld(cells));
        List<Cell> adoptionSmallest = List.of(count("LEAVE_TOTAL", "66"), count("LEAVE_REUNIF", "36"),
                count("LEAVE_SGO", "3"), count("LEAVE_ADOPT", "10"), count("LEAVE_OTHER", "17"),
                percent("LEAVE_ADOPT_PCT", "15", "10", "66"));
        assertEquals(Set.of("LEAVE_SGO", "LEAVE_ADOPT", "LEAVE_ADOPT_PCT"), withheld(adoptionSmallest),
                "the adoption rate would give the withheld adoption count away");
    }

    @Test
    void shouldWithholdAnotherRouteWhileTheWithheldOnesTogetherComeToAFew() {
        // 40 left care, 38 went home: the two withheld routes of 1 each would add up to 2, and so be 1 each.
        assertEquals(Set.of("LEAVE_SGO", "LEAVE_OTHER", "LEAVE_REUNIF"), withheld(List.of(count("LEAVE_TOTAL", "40"),
                count("LEAVE_REUNIF", "38"), count("LEAVE_SGO", "1"), count("LEAVE_ADOPT", "0"),
                count("LEAVE_OTHER", "1"))));
    }

    @Test
    void shouldWithholdTheCountOfARateWithheldForWhatItLeavesOut() {
        Rules stayingPut = new Rules(Map.of(), Map.of("CL_STAYPUT_PCT", "CL_STAYPUT"));
        assertEquals(Set.of(new Key("CL_STAYPUT_PCT", "E08000030", "2022-23"),
                new Key("CL_STAYPUT", "E08000030", "2022-23")), Suppression.withheld(List.of(
                        percent("CL_STAYPUT_PCT", "95", "38", "40"), count("CL_STAYPUT", "38")), stayingPut));
        assertEquals(Set.of(), Suppression.withheld(List.of(percent("CL_STAYPUT_PCT", "85", "34", "40"),
                count("CL_STAYPUT", "34")), stayingPut), "6 left out is not a small number");
    }

    @Test
    void shouldJudgeEachAreaAndPeriodOnItsOwn() {
        List<Cell> cells = List.of(
                count("LEAVE_TOTAL", "E08000030", "2022-23", "66"), count("LEAVE_SGO", "E08000030", "2022-23", "3"),
                count("LEAVE_REUNIF", "E08000030", "2022-23", "63"),
                count("LEAVE_TOTAL", "E08000030", "2021-22", "70"), count("LEAVE_SGO", "E08000030", "2021-22", "9"),
                count("LEAVE_REUNIF", "E08000030", "2021-22", "61"),
                count("LEAVE_TOTAL", "E08000027", "2022-23", "66"), count("LEAVE_SGO", "E08000027", "2022-23", "30"),
                count("LEAVE_REUNIF", "E08000027", "2022-23", "36"));
        Rules twoRoutes = new Rules(Map.of("LEAVE_TOTAL", List.of("LEAVE_SGO", "LEAVE_REUNIF")), Map.of());
        assertEquals(Set.of(new Key("LEAVE_SGO", "E08000030", "2022-23"), new Key("LEAVE_REUNIF", "E08000030", "2022-23")),
                Suppression.withheld(cells, twoRoutes));
    }

    /**
     * A property over random groups: every small count is withheld, and afterwards no group in which something is
     * withheld has a single unknown, nor unknowns that the published total less the published parts shows to come to
     * 1 to 5 together, so nothing withheld can be recovered by subtraction.
     */
    @Test
    void shouldLeaveNoWithheldCellRecoverableBySubtraction() {
        Random random = new Random(20261124);
        for (int run = 0; run < 5_000; run++) {
            List<Cell> cells = new ArrayList<>();
            int total = 0;
            for (String route : ROUTES) {
                if (random.nextInt(10) == 0) {
                    continue;
                }
                int value = random.nextInt(3) == 0 ? random.nextInt(6) : random.nextInt(60);
                total += value;
                cells.add(count(route, String.valueOf(value)));
            }
            cells.add(count("LEAVE_TOTAL", String.valueOf(total)));
            Set<Key> withheld = Suppression.withheld(cells, LEAVING_CARE);
            for (Cell cell : cells) {
                if (Suppression.isSmall(cell.value())) {
                    assertTrue(withheld.contains(cell.key()), "run " + run + ": " + cell);
                }
            }
            long unknown = 1 + ROUTES.size() - cells.size() + withheld.size();
            assertTrue(withheld.isEmpty() || unknown >= 2, "run " + run + ": " + cells + " withholds " + withheld);
            BigDecimal unknownSum = BigDecimal.valueOf(total);
            for (Cell cell : cells) {
                if (!cell.key().indicator().equals("LEAVE_TOTAL") && !withheld.contains(cell.key())) {
                    unknownSum = unknownSum.subtract(cell.value());
                }
            }
            boolean totalShown = !withheld.contains(new Key("LEAVE_TOTAL", "E08000030", "2022-23"));
            assertTrue(withheld.isEmpty() || !totalShown || !Suppression.isSmall(unknownSum),
                    "run " + run + ": " + cells + " withholds " + withheld + ", which come to " + unknownSum);
        }
    }
}
