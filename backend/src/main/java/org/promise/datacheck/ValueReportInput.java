package org.promise.datacheck;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.promise.common.wire.AuthorityCode;
import org.promise.common.wire.StorableFigure;

/** Another place in the authority's papers that gives a figure of its own or of one of its comparators. */
public record ValueReportInput(
        @NotNull @AuthorityCode String authority,
        @NotBlank @Size(max = 40) String indicator,
        @NotBlank @Size(max = 20) String area,
        @NotBlank @Size(max = 20) String period,
        @NotNull @StorableFigure BigDecimal value,
        @NotBlank @Size(max = 200) String source,
        @NotBlank @Size(max = 2000) String quote) {
}
