package org.promise.actionplan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.promise.common.wire.AuthorityCode;

public record ActionPlanInput(
        @NotNull @AuthorityCode String authority,
        @NotNull @Min(2000) @Max(2100) Integer startYear,
        @Size(min = 1, max = 300) String title) {
}
