package org.promise.value;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.promise.indicator.StatisticalSymbol;

public record ValueInput(BigDecimal value, StatisticalSymbol symbol, BigDecimal numerator, BigDecimal denominator,
        @NotNull ValueStatus status, @Size(max = 200) String source, @Size(max = 2000) String note) {
}
