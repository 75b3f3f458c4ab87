package org.promise.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.promise.disclosure.Suppression.Cell;
import org.promise.disclosure.Suppression.Key;
import org.promise.disclosure.Suppression.Rules;
import org.promise.indicator.Unit;

/** Which indicators' figures suppression must read beside a page's: those the rules link to it, and no others. */
class DisclosureLinksTest {

    // LEAVE_TOTAL is the sum of two routes; one route's rate is a percentage of it; CLA_PCT and CLA are another group.
    private static final Rules RULES = new Rules(
            Map.of("LEAVE_TOTAL", List.of("LEAVE_SGO", "LEAVE_ADOPT"), "CLA", List.of("CLA_FOSTER")),
            Map.of("LEAVE_SGO_PCT", "LEAVE_SGO"));

    private static Cell shown(String indicator) {
        return new Cell(new Key(indicator, "E08000030", "2022-23"), Unit.COUNT, BigDecimal.TEN, null, null);
    }

    @Test
    void aRateReachesItsCountAndThroughItTheCountsTotalAndTheOtherParts() {
        assertEquals(Set.of("LEAVE_SGO_PCT", "LEAVE_SGO", "LEAVE_TOTAL", "LEAVE_ADOPT"),
                DisclosureService.linkedTo(List.of(shown("LEAVE_SGO_PCT")), RULES));
    }

    @Test
    void aPartReachesItsGroupOnly() {
        assertEquals(Set.of("CLA", "CLA_FOSTER"), DisclosureService.linkedTo(List.of(shown("CLA_FOSTER")), RULES));
    }

    @Test
    void anIndicatorNoRuleNamesNeedsNoOtherFigures() {
        assertEquals(Set.of(), DisclosureService.linkedTo(List.of(shown("CPP_RATE"), shown("CPP_RATE")), RULES));
    }

    @Test
    void aPageOfSeveralIndicatorsReadsEachOnesGroup() {
        assertEquals(Set.of("CLA", "CLA_FOSTER", "LEAVE_TOTAL", "LEAVE_SGO", "LEAVE_ADOPT", "LEAVE_SGO_PCT"),
                DisclosureService.linkedTo(List.of(shown("CPP_RATE"), shown("CLA"), shown("LEAVE_ADOPT")), RULES));
    }
}
