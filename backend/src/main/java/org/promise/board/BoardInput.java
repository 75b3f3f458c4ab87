package org.promise.board;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What an administrator sends to change a board; the rules mirror the contract's BoardInput. */
public record BoardInput(
        @NotBlank @Size(max = 300) String name,
        @Min(1) @Max(100) Integer quorum,
        @NotNull @Min(0) @Max(100) Integer vacancies,
        @NotNull @Size(max = 100) List<@NotNull @Valid Member> members,
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 300) String> advisors) {

    public record Member(
            @NotBlank @Size(max = 200) String name,
            @NotNull BoardMemberRole role,
            @NotNull Boolean voting,
            @Size(max = 300) String description,
            LocalDate termFrom,
            LocalDate termTo) {
    }
}
