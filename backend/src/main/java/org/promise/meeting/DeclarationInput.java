package org.promise.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A declaration of interest; the rules mirror the contract's DeclarationInput. */
public record DeclarationInput(
        @Positive Long agendaItem,
        @NotBlank @Size(max = 200) String memberName,
        @NotNull DeclarationKind kind,
        @NotBlank @Size(max = 5000) String interest,
        @Size(max = 5000) String dispensation) {
}
