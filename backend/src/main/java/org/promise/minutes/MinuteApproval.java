package org.promise.minutes;

import static org.promise.common.time.Clocks.written;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Minutes are approved at a later meeting of the same board, normally the next: which meeting came before, and
 * whether a meeting's minutes may be approved by a resolution of another.
 */
public final class MinuteApproval {

    private MinuteApproval() {
    }

    /** The board's last meeting dated before this one that was not cancelled. */
    public static Optional<MeetingFacts> previousMeeting(MeetingFacts meeting, List<MeetingFacts> boardMeetings) {
        return boardMeetings.stream()
                .filter(other -> other.boardId() == meeting.boardId() && other.date().isBefore(meeting.date())
                        && !other.cancelled())
                .max(Comparator.comparing(MeetingFacts::date).thenComparing(MeetingFacts::id));
    }

    /**
     * Why a resolution at {@code approving} cannot approve the minutes of {@code approved}, or nothing when it can:
     * same board, an earlier meeting, held and not yet approved.
     */
    public static Optional<String> refusal(MeetingFacts approving, MeetingFacts approved) {
        if (approved.boardId() != approving.boardId()) {
            return Optional.of("The meeting of " + written(approved.date()) + " is another board's");
        }
        if (!approved.date().isBefore(approving.date())) {
            return Optional.of("A meeting approves the minutes of an earlier meeting, not of "
                    + written(approved.date()));
        }
        if (!approved.status().equals(MeetingFacts.HELD) && !approved.minutesApproved()) {
            return Optional.of("The meeting of " + written(approved.date()) + " is " + approved.status()
                    + ", not held: it has no minutes to approve");
        }
        return Optional.empty();
    }
}
