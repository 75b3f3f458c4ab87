package org.promise.minutes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.promise.common.wire.AuthorityCode;
import org.promise.report.ReportType;

/** A work programme item to add or change; the rules mirror the contract's WorkProgrammeItemInput. */
public record WorkProgrammeItemInput(
        @NotNull @AuthorityCode String authority,
        @NotNull @Min(2000) @Max(2100) Integer startYear,
        @NotBlank @Size(max = 500) String title,
        ReportType reportType,
        @Min(1) Long meeting,
        @NotNull WorkProgrammeStatus status) {
}
