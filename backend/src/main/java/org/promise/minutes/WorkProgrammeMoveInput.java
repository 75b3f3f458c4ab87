package org.promise.minutes;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A move of a work programme item; the rules mirror the contract's WorkProgrammeMoveInput. */
public record WorkProgrammeMoveInput(
        @Min(1) Long toMeeting,
        @NotBlank @Size(max = 2000) String reason,
        @Min(1) Long resolution) {
}
