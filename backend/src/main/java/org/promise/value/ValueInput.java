package org.promise.value;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.promise.common.wire.StorableFigure;
import org.promise.figure.ValueStatus;
import org.promise.indicator.StatisticalSymbol;

public record ValueInput(@StorableFigure BigDecimal value, StatisticalSymbol symbol,
        @StorableFigure BigDecimal numerator, @StorableFigure BigDecimal denominator,
        @NotNull ValueStatus status, @Size(max = 200) String source, @Size(max = 2000) String note) {
}
