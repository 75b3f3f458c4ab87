package org.promise.minutes;

import java.time.OffsetDateTime;

/** One version of a minute as the contract's Minute shows it; its ETag is its versionNo. */
public record MinuteView(int versionNo, Integer minuteNumber, String text, String writtenBy,
        OffsetDateTime writtenAt, String correctionReason) {
}
