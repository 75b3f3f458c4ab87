package org.promise.pack;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.promise.common.wire.StorableText;

/** An officer's commentary on one indicator. */
public record PackCommentaryInput(
        @Pattern(regexp = StorableText.PARAGRAPHS, message = StorableText.PARAGRAPHS_MESSAGE)
        @NotBlank @Size(max = 10_000) String text) {
}
