package org.promise.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.promise.common.wire.AuthorityCode;
import org.promise.common.wire.StorableText;

/**
 * A published report's next version: the whole report as it now reads, as {@link ReportInput} has it (the contract
 * keeps ReportInput closed, so the fields are listed again here), and why it changed.
 */
public record ReportVersionInput(
        @NotNull @AuthorityCode String authority,
        @NotNull ReportType type,
        @NotBlank @Size(max = 300) @Pattern(regexp = StorableText.ONE_LINE,
                message = StorableText.ONE_LINE_MESSAGE) String title,
        @Size(max = 40) @Pattern(regexp = StorableText.ONE_LINE,
                message = StorableText.ONE_LINE_MESSAGE) String periodCovered,
        @Size(max = 200) @Pattern(regexp = StorableText.ONE_LINE,
                message = StorableText.ONE_LINE_MESSAGE) String author,
        @Size(max = 200) @Pattern(regexp = StorableText.ONE_LINE,
                message = StorableText.ONE_LINE_MESSAGE) String contactOfficer,
        @Size(max = 20000) @Pattern(regexp = StorableText.PARAGRAPHS,
                message = StorableText.PARAGRAPHS_MESSAGE) String executiveSummary,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) @Pattern(regexp = StorableText.PARAGRAPHS,
                message = StorableText.PARAGRAPHS_MESSAGE) String> recommendations,
        @Size(max = 500000) @Pattern(regexp = StorableText.PARAGRAPHS,
                message = StorableText.PARAGRAPHS_MESSAGE) String body,
        @NotNull Visibility visibility,
        @Min(1) @Max(8) Integer exemptParagraph,
        @Size(max = 60) List<@NotNull @Valid ReportSection> sections,
        @Size(max = 60) List<@NotNull @Valid ChildFriendlyPart> childFriendlySummary,
        @NotBlank @Size(max = 2000) @Pattern(regexp = StorableText.PARAGRAPHS,
                message = StorableText.PARAGRAPHS_MESSAGE) String reason) {

    ReportInput report() {
        return new ReportInput(authority, type, title, periodCovered, author, contactOfficer, executiveSummary,
                recommendations, body, visibility, exemptParagraph, sections, childFriendlySummary);
    }
}
