package org.promise.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.promise.common.wire.StorableText;

/** The whole attendance record of a meeting; the rules mirror the contract's AttendanceInput. */
public record AttendanceInput(@NotNull @Size(max = 200) List<@NotNull @Valid Entry> entries) {

    public record Entry(
            @Pattern(regexp = StorableText.ONE_LINE, message = StorableText.ONE_LINE_MESSAGE)
            @NotBlank @Size(max = 200) String name,
            @NotNull AttendanceCapacity capacity,
            @NotNull Presence presence,
            @Pattern(regexp = StorableText.ONE_LINE, message = StorableText.ONE_LINE_MESSAGE)
            @Size(max = 200) String substituteFor,
            @Pattern(regexp = StorableText.ONE_LINE, message = StorableText.ONE_LINE_MESSAGE)
            @Size(max = 300) String roleTitle,
            @NotNull Boolean voting,
            @Positive Long boardMember) {
    }
}
