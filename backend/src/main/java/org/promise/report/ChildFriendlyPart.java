package org.promise.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.promise.common.wire.StorableText;

/** A part of the summary for children and young people. */
public record ChildFriendlyPart(
        @NotBlank @Size(max = 500) @Pattern(regexp = StorableText.ONE_LINE,
                message = StorableText.ONE_LINE_MESSAGE) String heading,
        @NotBlank @Size(max = ReportBlock.TEXT) @Pattern(regexp = StorableText.PARAGRAPHS,
                message = StorableText.PARAGRAPHS_MESSAGE) String text) {
}
