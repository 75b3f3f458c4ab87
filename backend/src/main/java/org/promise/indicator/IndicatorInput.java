package org.promise.indicator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.promise.period.PeriodKind;

public record IndicatorInput(
        @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$",
                message = "must be capital letters, digits and underscores, such as HLTH_ASSESS") String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String plainName,
        @Size(max = 1000) String explanation,
        @NotBlank @Size(max = 5000) String definition,
        @NotNull Unit unit,
        @NotNull Polarity polarity,
        @NotNull Priority priority,
        @NotNull PeriodKind periodKind,
        @NotNull @Min(0) @Max(3) Integer decimals,
        @NotBlank @Size(max = 200) String source,
        @Size(max = 200) String numeratorLabel,
        @Size(max = 200) String denominatorLabel,
        Boolean internalOnly,
        @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "must be an indicator code such as LEAVE_ADOPT")
        String numeratorIndicator) {
}
