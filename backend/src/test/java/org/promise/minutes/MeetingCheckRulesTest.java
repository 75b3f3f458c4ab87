package org.promise.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of access to information, on meetings built by hand. */
class MeetingCheckRulesTest {

    private static final LocalDate DATE = LocalDate.of(2023, 11, 13);

    private static MeetingFacts meeting(long id, LocalDate date, String status, LocalDate published,
            LocalDate next) {
        return new MeetingFacts(id, "E08000030", 1, date, status, "Corporate Parenting Board", "committee",
                published, next);
    }

    private static MeetingFacts meeting(String status) {
        return meeting(10, DATE, status, null, null);
    }

    private static MeetingFacts.AgendaItem item(long id, int number, String title, boolean exempt,
            Integer paragraph) {
        return new MeetingFacts.AgendaItem(id, 10, number, title, null, exempt, paragraph);
    }

    private static MeetingCheckRules.ResolutionFacts resolution(long item, ResolutionKind kind) {
        return new MeetingCheckRules.ResolutionFacts(item, kind, null, null);
    }

    @Test
    void shouldWarnOfAnAgendaPublishedFewerThanFiveClearWorkingDaysBefore() {
        MeetingFacts late = meeting(10, DATE, "held", LocalDate.of(2023, 11, 6), null);
        assertThat(MeetingCheckRules.agendaPublishedLate(late)).get()
                .satisfies(warning -> {
                    assertThat(warning.rule()).isEqualTo(MeetingCheckRule.AGENDA_PUBLISHED_LATE);
                    assertThat(warning.message()).isEqualTo("The agenda was published on 6 November 2023, 4 clear"
                            + " working days before the meeting on 13 November 2023; it should be published at"
                            + " least five clear working days before.");
                    assertThat(warning.agendaItem()).isNull();
                });
        assertThat(MeetingCheckRules.agendaPublishedLate(meeting(10, DATE, "held", LocalDate.of(2023, 11, 3),
                null))).isEmpty();
        assertThat(MeetingCheckRules.agendaPublishedLate(meeting(10, DATE, "held", DATE, null))).get()
                .extracting(MeetingWarning::message).asString().contains("no clear working day");
        assertThat(MeetingCheckRules.agendaPublishedLate(meeting(10, DATE, "held", LocalDate.of(2023, 11, 9),
                null))).get().extracting(MeetingWarning::message).asString().contains("one clear working day");
        assertThat(MeetingCheckRules.agendaPublishedLate(meeting("held"))).isEmpty();
    }

    @Test
    void shouldWarnOfEachExemptItemWithoutItsParagraph() {
        List<MeetingWarning> warnings = MeetingCheckRules.exemptWithoutParagraph(List.of(
                item(1, 8, "Fostering Service Annual report", false, null),
                item(2, 9, "A child's placement", true, null),
                item(3, 10, "A carer's allowance", true, 1)));
        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.rule()).isEqualTo(MeetingCheckRule.EXEMPT_WITHOUT_PARAGRAPH);
            assertThat(warning.agendaItem()).isEqualTo(new AgendaItemRef(2, 9));
            assertThat(warning.message()).startsWith("Item 9, \"A child's placement\", is private");
        });
    }

    @Test
    void shouldWarnOfAHeldMeetingThatTookAnExemptItemWithoutExcludingThePublic() {
        List<MeetingFacts.AgendaItem> items = List.of(item(1, 1, "Apologies", false, null),
                item(2, 8, "A child's placement", true, 2), item(3, 9, "Another placement", true, 2));
        assertThat(MeetingCheckRules.exclusionResolutionMissing(meeting("held"), items, List.of())).get()
                .satisfies(warning -> {
                    assertThat(warning.rule()).isEqualTo(MeetingCheckRule.EXCLUSION_RESOLUTION_MISSING);
                    assertThat(warning.agendaItem()).isEqualTo(new AgendaItemRef(2, 8));
                    assertThat(warning.message()).isEqualTo("Item 8 was taken in private, but no resolution of the"
                            + " meeting excluded the public.");
                });
        assertThat(MeetingCheckRules.exclusionResolutionMissing(meeting("minutes-approved"), items,
                List.of(resolution(1, ResolutionKind.DECISION)))).isPresent();
        assertThat(MeetingCheckRules.exclusionResolutionMissing(meeting("held"), items,
                List.of(resolution(1, ResolutionKind.EXCLUDE_PUBLIC)))).isEmpty();
        assertThat(MeetingCheckRules.exclusionResolutionMissing(meeting("held"),
                List.of(item(1, 1, "Apologies", false, null)), List.of())).isEmpty();
        assertThat(MeetingCheckRules.exclusionResolutionMissing(meeting("cancelled"), items, List.of())).isEmpty();
    }

    @Test
    void shouldWarnBeforeTheMeetingOfAnAgendaWithAnExemptItemButNoItemToExcludeThePublic() {
        List<MeetingFacts.AgendaItem> without = List.of(item(1, 1, "Apologies", false, null),
                item(2, 8, "A child's placement", true, 2));
        assertThat(MeetingCheckRules.exclusionResolutionMissing(meeting("agenda-published"), without, List.of()))
                .get().extracting(MeetingWarning::message).isEqualTo("Item 8 is private, but no item of the agenda"
                        + " asks the meeting to exclude the public.");
        for (String title : List.of("Local Government (Access to Information) Act, 1985 (as amended)",
                "Exclusion of the public", "To agree that the public be excluded from the private session")) {
            List<MeetingFacts.AgendaItem> with = List.of(item(1, 5, title, false, null),
                    item(2, 8, "A child's placement", true, 2));
            assertThat(MeetingCheckRules.exclusionResolutionMissing(meeting("scheduled"), with, List.of()))
                    .as(title).isEmpty();
        }
        assertThat(MeetingCheckRules.asksToExcludeThePublic(new MeetingFacts.AgendaItem(1, 10, 5, "Private session",
                "To agree that the public be excluded", false, null))).isTrue();
        assertThat(MeetingCheckRules.asksToExcludeThePublic(item(1, 5, "Public questions", false, null))).isFalse();
    }

    @Test
    void shouldWarnOfMinutesApprovedForADateOrMeetingOtherThanThePreviousOne() {
        MeetingFacts july = meeting(1, LocalDate.of(2023, 7, 3), "minutes-approved", null, null);
        MeetingFacts cancelled = meeting(2, LocalDate.of(2023, 8, 7), "cancelled", null, null);
        MeetingFacts september = meeting(3, LocalDate.of(2023, 9, 4), "held", null, null);
        List<MeetingFacts> board = List.of(july, cancelled, september);
        List<MeetingFacts.AgendaItem> items = List.of(new MeetingFacts.AgendaItem(80, 3, 8, "Minutes", null, false,
                null));

        List<MeetingWarning> asPrinted = MeetingCheckRules.minutesDateMismatch(september, items, List.of(
                new MeetingCheckRules.ResolutionFacts(80, ResolutionKind.APPROVE_MINUTES, LocalDate.of(2023, 9, 3),
                        1L)), board);
        assertThat(asPrinted).singleElement().satisfies(warning -> {
            assertThat(warning.rule()).isEqualTo(MeetingCheckRule.MINUTES_DATE_MISMATCH);
            assertThat(warning.agendaItem()).isEqualTo(new AgendaItemRef(80, 8));
            assertThat(warning.message()).isEqualTo("Item 8 approves the minutes of the meeting held on"
                    + " 3 September 2023, but the board's previous meeting was on 3 July 2023.");
        });
        assertThat(MeetingCheckRules.minutesDateMismatch(september, items, List.of(
                new MeetingCheckRules.ResolutionFacts(80, ResolutionKind.APPROVE_MINUTES, LocalDate.of(2023, 7, 3),
                        1L)), board)).isEmpty();
        MeetingFacts november = meeting(4, DATE, "held", null, null);
        assertThat(MeetingCheckRules.minutesDateMismatch(november, List.of(new MeetingFacts.AgendaItem(90, 4, 3,
                "Minutes", null, false, null)), List.of(new MeetingCheckRules.ResolutionFacts(90,
                        ResolutionKind.APPROVE_MINUTES, null, 1L)), List.of(july, september, november)))
                .singleElement().extracting(MeetingWarning::message).isEqualTo("Item 3 approves the minutes of the"
                        + " meeting of 3 July 2023, but the board's previous meeting was on 4 September 2023.");
        assertThat(MeetingCheckRules.minutesDateMismatch(july, items, List.of(), board)).isEmpty();
        assertThat(MeetingCheckRules.minutesDateMismatch(september, items, List.of(
                new MeetingCheckRules.ResolutionFacts(80, ResolutionKind.NOTE_REPORT, null, null)), board)).isEmpty();
    }

    @Test
    void shouldWarnOfANextMeetingDateInThePastOrOfNoMeeting() {
        MeetingFacts november = meeting(4, DATE, "held", null, LocalDate.of(2023, 1, 9));
        MeetingFacts january = meeting(5, LocalDate.of(2024, 1, 9), "scheduled", null, null);
        List<MeetingFacts> board = List.of(november, january);

        assertThat(MeetingCheckRules.nextMeetingInPast(november)).get().extracting(MeetingWarning::message)
                .isEqualTo("The date of the next meeting, 9 January 2023, is not after this meeting's date,"
                        + " 13 November 2023.");
        assertThat(MeetingCheckRules.nextMeetingNotInProgramme(november, board)).get()
                .extracting(MeetingWarning::message).isEqualTo("The date of the next meeting, 9 January 2023, is"
                        + " the date of none of the board's meetings.");
        MeetingFacts right = meeting(4, DATE, "held", null, LocalDate.of(2024, 1, 9));
        assertThat(MeetingCheckRules.nextMeetingInPast(right)).isEmpty();
        assertThat(MeetingCheckRules.nextMeetingNotInProgramme(right, board)).isEmpty();
        assertThat(MeetingCheckRules.nextMeetingInPast(meeting(4, DATE, "held", null, DATE))).isPresent();
        assertThat(MeetingCheckRules.nextMeetingInPast(meeting("held"))).isEmpty();
        assertThat(MeetingCheckRules.nextMeetingNotInProgramme(meeting("held"), board)).isEmpty();
    }

    @Test
    void shouldGatherEveryWarningInTheOrderOfTheRules() {
        MeetingFacts november = meeting(4, DATE, "held", LocalDate.of(2023, 11, 8), LocalDate.of(2023, 1, 9));
        List<MeetingWarning> warnings = MeetingCheckRules.check(november, List.of(item(1, 8, "Placement", true,
                null)), List.of(), List.of(november));
        assertThat(warnings).extracting(MeetingWarning::rule).containsExactly(MeetingCheckRule.AGENDA_PUBLISHED_LATE,
                MeetingCheckRule.EXEMPT_WITHOUT_PARAGRAPH, MeetingCheckRule.EXCLUSION_RESOLUTION_MISSING,
                MeetingCheckRule.NEXT_MEETING_IN_PAST, MeetingCheckRule.NEXT_MEETING_NOT_IN_PROGRAMME);
        MeetingFacts clean = meeting(4, DATE, "scheduled", LocalDate.of(2023, 11, 1), LocalDate.of(2024, 1, 9));
        assertThat(MeetingCheckRules.check(clean, List.of(item(1, 1, "Apologies", false, null)), List.of(),
                List.of(clean, meeting(5, LocalDate.of(2024, 1, 9), "scheduled", null, null)))).isEmpty();
    }
}
