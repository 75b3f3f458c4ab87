package org.promise.actionplan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ActionPlanInput(
        @NotNull @Pattern(regexp = "^E[0-9]{8}$", message = "must be an ONS GSS code such as E08000030")
        String authority,
        @NotNull @Min(2000) @Max(2100) Integer startYear,
        @Size(min = 1, max = 300) String title) {
}
