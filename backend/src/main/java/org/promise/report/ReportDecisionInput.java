package org.promise.report;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.promise.common.wire.StorableText;

/** The board's decision on one recommendation of a presented report. */
public record ReportDecisionInput(
        @NotNull DecisionOutcome outcome,
        @Size(min = 1, max = ReportBlock.TEXT) @Pattern(regexp = StorableText.PARAGRAPHS,
                message = StorableText.PARAGRAPHS_MESSAGE) String words,
        @NotNull LocalDate decidedOn,
        @Min(1) Long resolutionId) {
}
