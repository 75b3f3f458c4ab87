package org.promise.value;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.promise.figure.Figure;
import org.promise.figure.ValueStatus;
import org.promise.indicator.StatisticalSymbol;

@Entity
@Table(name = "indicator_value")
public class IndicatorValue extends Figure {

    public BigDecimal value;

    @Convert(converter = StatisticalSymbol.Converter.class)
    public StatisticalSymbol symbol;

    public BigDecimal numerator;

    public BigDecimal denominator;

    @Convert(converter = ValueStatus.Converter.class)
    public ValueStatus status;

    public String source;

    public String note;
}
