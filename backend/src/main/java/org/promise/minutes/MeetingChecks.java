package org.promise.minutes;

import java.util.List;
import org.promise.meeting.MeetingRef;

/** The warnings a meeting's papers raise. */
public record MeetingChecks(MeetingRef meeting, List<MeetingWarning> warnings) {
}
