package org.promise.actionplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PlanRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @EnumSource(value = ItemStatus.class, names = {"NOT_STARTED", "ON_TRACK", "AT_RISK", "OFF_TRACK"})
    void shouldCallAnUnfinishedItemPastItsDueDateOverdue(ItemStatus status) {
        assertTrue(PlanRules.isOverdue(TODAY.minusDays(1), status, TODAY));
        assertFalse(PlanRules.isOverdue(TODAY, status, TODAY), "due today is not yet overdue");
        assertFalse(PlanRules.isOverdue(TODAY.plusDays(1), status, TODAY));
        assertFalse(PlanRules.isOverdue(null, status, TODAY), "an item with no due date is never overdue");
    }

    @ParameterizedTest
    @EnumSource(value = ItemStatus.class, names = {"COMPLETE", "CARRIED_FORWARD"})
    void shouldNeverCallAFinishedItemOverdue(ItemStatus status) {
        assertFalse(PlanRules.isOverdue(TODAY.minusYears(3), status, TODAY));
    }

    @ParameterizedTest
    @CsvSource({"'', a", "a, b", "'a,b,c', d", "q, r", "y, z", "z, aa", "aa, ab", "az, ba", "zz, aaa",
        "'a,c', d", "'b,a', c", "'z,aa,c', ab", "zzz, aaaa"})
    void shouldTakeTheLetterAfterThePlansLast(String used, String next) {
        List<String> letters = used.isEmpty() ? List.of() : List.of(used.split(","));
        assertEquals(next, PlanRules.nextLetter(letters));
    }

    @Test
    void shouldTakeSeveralLettersInTurn() {
        assertEquals(List.of("y", "z", "aa"), PlanRules.nextLetters(List.of("a", "x"), 3));
        assertEquals(List.of(), PlanRules.nextLetters(List.of("a"), 0));
    }

    @Test
    void shouldCountLettersWithoutRepeatingOrGoingBack() {
        List<String> used = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 18_278; i++) {
            String next = PlanRules.nextLetter(used.isEmpty() ? List.of() : List.of(used.get(used.size() - 1)));
            assertTrue(next.matches("^[a-z]{1,3}$"), next);
            assertTrue(seen.add(next), "repeated " + next);
            if (!used.isEmpty()) {
                assertTrue(PlanRules.compareLetters(used.get(used.size() - 1), next) < 0, "went back at " + next);
            }
            used.add(next);
        }
        // a..z, aa..zz, aaa..zzz: every letter of up to three characters, exactly once.
        assertEquals(26 + 26 * 26 + 26 * 26 * 26, seen.size());
        assertEquals("zzz", used.get(used.size() - 1));
    }

    @Test
    void shouldFinishOnlyCompleteAndCarriedForwardItems() {
        for (ItemStatus status : ItemStatus.values()) {
            assertEquals(status == ItemStatus.COMPLETE || status == ItemStatus.CARRIED_FORWARD, status.isFinished(),
                    status.wire());
        }
    }
}
