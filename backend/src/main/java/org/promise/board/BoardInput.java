package org.promise.board;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.promise.common.wire.StorableText;

/** What an administrator sends to change a board; the rules mirror the contract's BoardInput. */
public record BoardInput(
        @Pattern(regexp = StorableText.ONE_LINE, message = StorableText.ONE_LINE_MESSAGE)
        @NotBlank @Size(max = 300) String name,
        @Min(1) @Max(100) Integer quorum,
        @NotNull @Min(0) @Max(100) Integer vacancies,
        @NotNull @Size(max = 100) List<@NotNull @Valid Member> members,
        @NotNull @Size(max = 100)
        List<@Pattern(regexp = StorableText.ONE_LINE, message = StorableText.ONE_LINE_MESSAGE)
                @NotBlank @Size(max = 300) String> advisors) {

    public record Member(
            @Pattern(regexp = StorableText.ONE_LINE, message = StorableText.ONE_LINE_MESSAGE)
            @NotBlank @Size(max = 200) String name,
            @NotNull BoardMemberRole role,
            @NotNull Boolean voting,
            @Pattern(regexp = StorableText.ONE_LINE, message = StorableText.ONE_LINE_MESSAGE)
            @Size(max = 300) String description,
            LocalDate termFrom,
            LocalDate termTo) {
    }
}
