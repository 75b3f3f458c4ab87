package org.promise.minutes;

import java.util.List;

/** The warnings a meeting's papers raise. */
public record MeetingChecks(MeetingRef meeting, List<MeetingWarning> warnings) {
}
