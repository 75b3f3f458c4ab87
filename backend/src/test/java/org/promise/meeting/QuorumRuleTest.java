package org.promise.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.promise.meeting.QuorumRule.Attendee;
import org.promise.meeting.QuorumRule.QuorumCheck;

class QuorumRuleTest {

    private static final Attendee VOTER_PRESENT = new Attendee(Presence.PRESENT, true);
    private static final Attendee ADVISOR_PRESENT = new Attendee(Presence.PRESENT, false);
    private static final Attendee VOTER_APOLOGIES = new Attendee(Presence.APOLOGIES, true);
    private static final Attendee VOTER_ABSENT = new Attendee(Presence.ABSENT, true);

    private static List<Attendee> of(int votersPresent, Attendee... others) {
        List<Attendee> attendance = new ArrayList<>(List.of(others));
        for (int i = 0; i < votersPresent; i++) {
            attendance.add(VOTER_PRESENT);
        }
        return attendance;
    }

    @Test
    void shouldBeQuorateWithMoreVotingMembersPresentThanTheQuorum() {
        assertThat(QuorumRule.check(3, of(5, ADVISOR_PRESENT)))
                .isEqualTo(new QuorumCheck(3, 5, true, "Quorate: 5 voting members present, quorum 3."));
    }

    @Test
    void shouldBeQuorateWithExactlyTheQuorum() {
        assertThat(QuorumRule.check(3, of(3)).met()).isTrue();
    }

    @Test
    void shouldNotBeQuorateWithFewerVotingMembersThanTheQuorum() {
        assertThat(QuorumRule.check(3, of(2, VOTER_APOLOGIES, VOTER_ABSENT, ADVISOR_PRESENT, ADVISOR_PRESENT)))
                .isEqualTo(new QuorumCheck(3, 2, false, "Not quorate: 2 voting members present, the quorum is 3."));
    }

    @Test
    void shouldCountOnlyThosePresentWithAVote() {
        // Apologies, absences and people without a vote (officers, co-opted young people) do not count.
        QuorumCheck check = QuorumRule.check(2, of(1, VOTER_APOLOGIES, VOTER_ABSENT, ADVISOR_PRESENT));
        assertThat(check.votingPresent()).isEqualTo(1);
        assertThat(check.message()).isEqualTo("Not quorate: 1 voting member present, the quorum is 2.");
    }

    @Test
    void shouldSayNothingOfTheQuorumWhenThePapersDoNotStateIt() {
        assertThat(QuorumRule.check(null, of(4)))
                .isEqualTo(new QuorumCheck(null, 4, null, "The papers do not state a quorum."));
    }

    @Test
    void shouldWaitForTheAttendanceBeforeJudging() {
        assertThat(QuorumRule.check(3, List.of()))
                .isEqualTo(new QuorumCheck(3, 0, null, "No attendance is recorded yet; the quorum is 3."));
    }

    @Test
    void shouldBeQuorateExactlyWhenVotersPresentReachTheQuorumForEveryCount() {
        for (int quorum = 1; quorum <= 12; quorum++) {
            for (int present = 0; present <= 12; present++) {
                QuorumCheck check = QuorumRule.check(quorum, of(present, ADVISOR_PRESENT, VOTER_APOLOGIES));
                assertThat(check.met()).as("%d present, quorum %d", present, quorum).isEqualTo(present >= quorum);
                assertThat(check.votingPresent()).isEqualTo(present);
                assertThat(check.message()).startsWith(present >= quorum ? "Quorate: " : "Not quorate: ");
            }
        }
    }
}
