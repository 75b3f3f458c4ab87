package org.promise.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoteScreenTest {

    /** The demo's notes (and the shapes officers write) that state a count from 1 to 5. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Reported as \"86% (45)\" of the 51 leaving care; 2 declined or whereabouts unknown, 4 in custody.",
        "\"There were 11 Walsall children placed in early permanence placements via Foster for Adopt, the majority"
                + " of whom were placed with internal adopters\" (9 in house, 2 inter-agency).",
        "All four partners: \"80% of these were placed with in house adopters\" (20 in house, 4 inter-agency).",
        "103 mainstream, 72 connected, 2 foster for adoption.",
        "9 withdrawn by the applicant, 5 by the service.",
        "Walsall Council children (Appendix 1b): 24 adopted by their adoptive parents and 3 by their foster carers"
                + " (non-agency).",
        "All four partners: \"less than the number placed in the previous year (103)\".",
        "1 child",
        "5",
        "(3)",
        "Reported as 3/66.",
        "3 of 66",
        "Aged 1-5.",
        "Two declined.",
        "one left care",
        "FIVE in custody",
        "2 may have left the area.",
        "In March 3 children returned home.",
        "In the quarter 3 children were adopted.",
        "During the year 4 children were adopted.",
        "04 declined",
        "2 - 3 declined",
        "fewer than 5",
        "4,",
        "2-year-olds: 3",
        "4 year olds were placed.",
        "two 3-year-olds",
        "Three year olds: 40.",
        "Reported for 2023/24: 2 declined.",
    })
    void withholdsANoteThatStatesASmallCount(String note) {
        assertTrue(NoteScreen.quotesSmallCount(note), note);
        assertNull(NoteScreen.forOutsideReaders(note), note);
    }

    /** The demo's notes (and the shapes officers write) whose numbers are not counts from 1 to 5. */
    @ParameterizedTest
    @ValueSource(strings = {
        "The whole agency: \"less than the number placed in the previous year (103)\".",
        "Reported as \"14/49 (23%)\"; 14 of the 18 living with their foster families remained staying put.",
        "All 51 young people leaving care were offered a health passport.",
        "The strategy gives 75%; the fostering annual report gives 448 of 650 (69%) living with foster carers.",
        "260 children at the end of March 2022.",
        "A further 42 places were not available, for reasons coded against Ofsted's criteria.",
        "The fostering report: \"the conversion rate to approval was close to 11%\".",
        "A 41% increase on 31 March 2019; 358 at 1 October 2023.",
        "The report's table of children placed in previous years heads this column \"20/22\", after 19/20 and"
                + " 20/21: the year 2021-22.",
        "The pack: \"At 31 March 2023 78% (79 of 102 children) children in care age 16 or 17 were in education,"
                + " training or employment\".",
        "\"Remained in line with our performance in 2021-22\".",
        "Most of those not in suitable accommodation were in custody.",
        "Below target because of staff turnover in 2022.",
        "Aged 18 to 25.",
        "The aim was for 50% of all councillors to complete the training; \"we have yet to achieve the desired"
                + " target\".",
        "Up 4% on last year.",
        "Up 3 per cent.",
        "Up 2 percent.",
        "A rate of 2.5 per 10,000.",
        "Refreshed on 1/4/2023.",
        "Refreshed on 2023-04-01 at 10:30.",
        "Costs £3m.",
        "See Appendix 1, Section 2 and Table 3.",
        "Key Stage 4 results; Quarter 3 returns; Year 5 pupils.",
        "KS2 and Q1 figures; the 2nd return.",
        "1,000 placements",
        "0 declined",
        "none declined",
        "Someone phoned; everyone attended; the fiveyear plan.",
        "Walsall Council children (Appendix 1b): 10, 8, 8 and 15 in the four quarters; 20 placed in house and 21"
                + " inter-agency.",
        "April 2021 to March 2024; 12 children in the two years before the no-detriment policy of December 2020.",
        "The report gives the figure no period but its own year, 2023/24; 2023/4 in the table.",
        "A wait of 3 months, then 5 days; two weeks later; four terms.",
        "",
    })
    void keepsANoteWhoseNumbersAreNotSmallCounts(String note) {
        assertFalse(NoteScreen.quotesSmallCount(note), note);
        assertEquals(note, NoteScreen.forOutsideReaders(note));
    }

    @Test
    void noNoteIsNoNote() {
        assertFalse(NoteScreen.quotesSmallCount(null));
        assertNull(NoteScreen.forOutsideReaders(null));
    }

    /** Every count from 1 to 5 is caught wherever it sits in a sentence, and 0 and 6 are not. */
    @Test
    void everySmallCountInEveryPlace() {
        for (int n = 0; n <= 6; n++) {
            boolean small = n >= 1 && n <= 5;
            for (String shape : new String[] {"%d declined", "declined: %d", "Of the 51, %d declined.",
                    "(%d in custody)", "%d/40 stayed put"}) {
                String note = shape.formatted(n);
                assertEquals(small, NoteScreen.quotesSmallCount(note), note);
            }
        }
    }
}
