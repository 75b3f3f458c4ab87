package org.promise.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.promise.common.error.FieldError;
import org.promise.common.wire.WireValue;
import org.promise.meeting.MeetingFacts;
import org.promise.meeting.MeetingKind;
import org.promise.meeting.MeetingStatus;

/** Minutes approval, the lateness and closing of actions, and the work programme's year, lateness and next meeting. */
class RecordRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 11, 13);
    private static final LocalDate RAISED = LocalDate.of(2023, 9, 4);

    private static MeetingFacts meeting(long id, long board, LocalDate date, String status) {
        return new MeetingFacts(id, "E08000030", board, date, WireValue.stored(MeetingStatus.class, status),
                "Corporate Parenting Board", MeetingKind.COMMITTEE, null, null);
    }

    // --- minutes approval ---------------------------------------------------------------------------------------

    @Test
    void shouldTakeTheBoardsLastEarlierMeetingThatWasNotCancelledAsThePreviousOne() {
        MeetingFacts july = meeting(1, 1, LocalDate.of(2023, 7, 3), "minutes-approved");
        MeetingFacts august = meeting(2, 1, LocalDate.of(2023, 8, 7), "cancelled");
        MeetingFacts otherBoard = meeting(3, 2, LocalDate.of(2023, 8, 21), "held");
        MeetingFacts september = meeting(4, 1, LocalDate.of(2023, 9, 4), "held");
        List<MeetingFacts> meetings = List.of(september, july, august, otherBoard);

        assertThat(MinuteApproval.previousMeeting(september, meetings)).contains(july);
        assertThat(MinuteApproval.previousMeeting(july, meetings)).isEmpty();
    }

    @Test
    void shouldLetAMeetingApproveOnlyAHeldEarlierMeetingOfItsBoard() {
        MeetingFacts november = meeting(5, 1, TODAY, "held");
        assertThat(MinuteApproval.refusal(november, meeting(4, 1, LocalDate.of(2023, 9, 4), "held"))).isEmpty();
        assertThat(MinuteApproval.refusal(november, meeting(4, 1, LocalDate.of(2023, 9, 4), "minutes-approved")))
                .isEmpty();
        assertThat(MinuteApproval.refusal(november, meeting(4, 2, LocalDate.of(2023, 9, 4), "held"))).get()
                .asString().contains("another board's");
        assertThat(MinuteApproval.refusal(november, meeting(6, 1, TODAY, "held"))).get().asString()
                .contains("an earlier meeting");
        assertThat(MinuteApproval.refusal(november, meeting(6, 1, LocalDate.of(2024, 1, 9), "held"))).isPresent();
        for (String status : List.of("scheduled", "agenda-published", "cancelled")) {
            assertThat(MinuteApproval.refusal(november, meeting(4, 1, LocalDate.of(2023, 9, 4), status))).get()
                    .asString().contains("not held");
        }
    }

    // --- actions arising ----------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(ActionArisingStatus.class)
    void shouldCallAnActionLateOnlyOnceItsDueDateHasPassedWhileItIsOpen(ActionArisingStatus status) {
        boolean open = status == ActionArisingStatus.OPEN || status == ActionArisingStatus.IN_PROGRESS;
        assertThat(ActionArisingRules.isLate(status, TODAY.minusDays(1), TODAY)).isEqualTo(open);
        assertThat(ActionArisingRules.daysLate(status, TODAY.minusDays(10), TODAY)).isEqualTo(open ? 10 : null);
        assertThat(ActionArisingRules.isLate(status, TODAY, TODAY)).isFalse();
        assertThat(ActionArisingRules.isLate(status, TODAY.plusDays(1), TODAY)).isFalse();
        assertThat(ActionArisingRules.isLate(status, null, TODAY)).isFalse();
        assertThat(ActionArisingRules.daysLate(status, null, TODAY)).isNull();
        assertThat(ActionArisingRules.isClosed(status)).isEqualTo(!open);
    }

    @Test
    void shouldAskForEvidenceToCloseAnActionAndAClosingDateOnlyWhenClosed() {
        assertThat(ActionArisingRules.problems(ActionArisingStatus.DONE, null, null, RAISED, TODAY))
                .extracting(FieldError::field, FieldError::rule).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "evidence", "required"));
        assertThat(ActionArisingRules.problems(ActionArisingStatus.DONE, " ", null, RAISED, TODAY)).hasSize(1);
        assertThat(ActionArisingRules.problems(ActionArisingStatus.DONE, "Shared by e-mail", TODAY, RAISED, TODAY))
                .isEmpty();
        assertThat(ActionArisingRules.problems(ActionArisingStatus.DROPPED, null, null, RAISED, TODAY)).isEmpty();
        assertThat(ActionArisingRules.problems(ActionArisingStatus.OPEN, null, TODAY, RAISED, TODAY))
                .extracting(FieldError::rule).containsExactly("not-allowed");
        assertThat(ActionArisingRules.problems(ActionArisingStatus.IN_PROGRESS, null, TODAY, RAISED, TODAY))
                .extracting(FieldError::field).containsExactly("closedOn");
        assertThat(ActionArisingRules.problems(ActionArisingStatus.DROPPED, null, TODAY.plusDays(1), RAISED, TODAY))
                .extracting(FieldError::rule).containsExactly("not-future");

        assertThat(ActionArisingRules.problems(ActionArisingStatus.DROPPED, null, RAISED.minusDays(1), RAISED, TODAY))
                .extracting(FieldError::field, FieldError::rule).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "closedOn", "range"));
        assertThat(ActionArisingRules.problems(ActionArisingStatus.DROPPED, null, RAISED, RAISED, TODAY)).isEmpty();
        assertThat(ActionArisingRules.problems(ActionArisingStatus.IN_PROGRESS, "Half the letters sent", null, RAISED,
                TODAY)).as("a reopened action keeps its evidence").isEmpty();

        assertThat(ActionArisingRules.closedOn(ActionArisingStatus.DONE, null, TODAY)).isEqualTo(TODAY);
        assertThat(ActionArisingRules.closedOn(ActionArisingStatus.DROPPED, TODAY.minusDays(3), TODAY))
                .isEqualTo(TODAY.minusDays(3));
        assertThat(ActionArisingRules.closedOn(ActionArisingStatus.OPEN, null, TODAY)).isNull();
    }

    // --- work programme -----------------------------------------------------------------------------------------

    @Test
    void shouldRunTheMunicipalYearFromMayToApril() {
        assertThat(WorkProgrammeRules.startYearOf(LocalDate.of(2023, 4, 30))).isEqualTo(2022);
        assertThat(WorkProgrammeRules.startYearOf(LocalDate.of(2023, 5, 1))).isEqualTo(2023);
        assertThat(WorkProgrammeRules.startYearOf(LocalDate.of(2024, 4, 3))).isEqualTo(2023);
        assertThat(WorkProgrammeRules.startYearOf(LocalDate.of(2023, 12, 31))).isEqualTo(2023);
        assertThat(WorkProgrammeRules.firstDay(2023)).isEqualTo(LocalDate.of(2023, 5, 1));
        assertThat(WorkProgrammeRules.lastDay(2023)).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(WorkProgrammeRules.label(2023)).isEqualTo("2023/24");
        assertThat(WorkProgrammeRules.label(2099)).isEqualTo("2099/00");
        assertThat(WorkProgrammeRules.label(2009)).isEqualTo("2009/10");
    }

    @ParameterizedTest
    @EnumSource(WorkProgrammeStatus.class)
    void shouldCallAnItemLateOnlyWhenStillPlannedForAMeetingThatHasPassed(WorkProgrammeStatus status) {
        boolean planned = status == WorkProgrammeStatus.PLANNED;
        assertThat(WorkProgrammeRules.isLate(status, TODAY.minusDays(1), TODAY)).isEqualTo(planned);
        assertThat(WorkProgrammeRules.isLate(status, TODAY, TODAY)).isFalse();
        assertThat(WorkProgrammeRules.isLate(status, null, TODAY)).isFalse();
        assertThat(WorkProgrammeRules.isDue(status))
                .isEqualTo(planned || status == WorkProgrammeStatus.PROPOSED);
    }

    @Test
    void shouldTakeTheFirstMeetingFromTodayThatIsNotCancelledAsTheNext() {
        MeetingFacts past = meeting(1, 1, TODAY.minusDays(1), "held");
        MeetingFacts cancelled = meeting(2, 1, TODAY, "cancelled");
        MeetingFacts next = meeting(3, 1, TODAY.plusDays(7), "scheduled");
        MeetingFacts later = meeting(4, 1, TODAY.plusDays(70), "scheduled");
        assertThat(WorkProgrammeRules.nextMeeting(List.of(past, cancelled, next, later), TODAY)).contains(next);
        assertThat(WorkProgrammeRules.nextMeeting(List.of(past, meeting(5, 1, TODAY, "agenda-published")), TODAY))
                .get().extracting(MeetingFacts::id).isEqualTo(5L);
        assertThat(WorkProgrammeRules.nextMeeting(List.of(past), TODAY)).isEmpty();
    }
}
