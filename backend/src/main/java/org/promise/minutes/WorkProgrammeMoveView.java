package org.promise.minutes;

import java.time.OffsetDateTime;

/** One move of a work programme item, as the contract's WorkProgrammeMove shows it. */
public record WorkProgrammeMoveView(long id, MeetingRef from, MeetingRef to, String reason, ResolutionRef resolution,
        String movedBy, OffsetDateTime movedAt) {
}
