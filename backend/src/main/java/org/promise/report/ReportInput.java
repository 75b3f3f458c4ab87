package org.promise.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.promise.common.wire.AuthorityCode;

/** What a client sends to add or change a report; the rules mirror the contract's ReportInput. */
public record ReportInput(
        @NotNull @AuthorityCode String authority,
        @NotNull ReportType type,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 40) String periodCovered,
        @Size(max = 200) String author,
        @Size(max = 200) String contactOfficer,
        @Size(max = 20000) String executiveSummary,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> recommendations,
        @Size(max = 500000) String body,
        @NotNull Visibility visibility,
        @Min(1) @Max(8) Integer exemptParagraph,
        @Size(max = 60) List<@NotNull @Valid ReportSection> sections,
        @Size(max = 60) List<@NotNull @Valid ChildFriendlyPart> childFriendlySummary) {
}
