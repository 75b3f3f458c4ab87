package org.promise.minutes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new version of an agenda item's minute; the rules mirror the contract's MinuteInput. */
public record MinuteInput(
        @Min(1) @Max(999) Integer minuteNumber,
        @NotBlank @Size(max = 100000) String text,
        @Size(min = 1, max = 2000) String correctionReason) {
}
