package org.promise.target;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.promise.common.wire.StorableFigure;

public record TargetInput(@StorableFigure BigDecimal value, @StorableFigure @DecimalMin("0") BigDecimal tolerance,
        @Size(max = 500) String basis, Boolean pending, @Size(max = 500) String reason) {

    boolean isPending() {
        return Boolean.TRUE.equals(pending);
    }
}
