package org.promise.meeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Whether a meeting was quorate: the voting members and substitutes present against the board's quorum, in plain
 * words. The quorum is unknown when the papers do not state it, and nothing can be said before attendance is
 * recorded.
 */
public final class QuorumRule {

    private QuorumRule() {
    }

    /** One line of the attendance, as far as the quorum goes. */
    public record Attendee(Presence presence, boolean voting) {
    }

    /** What the meeting page says; nulls written out, as the contract requires every field. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record QuorumCheck(Integer required, int votingPresent, Boolean met, String message) {
    }

    public static QuorumCheck check(Integer quorum, List<Attendee> attendance) {
        int votingPresent = (int) attendance.stream()
                .filter(attendee -> attendee.voting() && attendee.presence() == Presence.PRESENT).count();
        if (quorum == null) {
            return new QuorumCheck(null, votingPresent, null, "The papers do not state a quorum.");
        }
        if (attendance.isEmpty()) {
            return new QuorumCheck(quorum, 0, null, "No attendance is recorded yet; the quorum is " + quorum + ".");
        }
        String present = votingPresent + (votingPresent == 1 ? " voting member present" : " voting members present");
        return votingPresent >= quorum
                ? new QuorumCheck(quorum, votingPresent, true, "Quorate: " + present + ", quorum " + quorum + ".")
                : new QuorumCheck(quorum, votingPresent, false,
                        "Not quorate: " + present + ", the quorum is " + quorum + ".");
    }
}
