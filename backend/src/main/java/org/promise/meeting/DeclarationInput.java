package org.promise.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.promise.common.wire.StorableText;

/** A declaration of interest; the rules mirror the contract's DeclarationInput. */
public record DeclarationInput(
        @Positive Long agendaItem,
        @Pattern(regexp = StorableText.ONE_LINE, message = StorableText.ONE_LINE_MESSAGE)
        @NotBlank @Size(max = 200) String memberName,
        @NotNull DeclarationKind kind,
        @Pattern(regexp = StorableText.PARAGRAPHS, message = StorableText.PARAGRAPHS_MESSAGE)
        @NotBlank @Size(max = 5000) String interest,
        @Pattern(regexp = StorableText.PARAGRAPHS, message = StorableText.PARAGRAPHS_MESSAGE)
        @Size(max = 5000) String dispensation) {
}
