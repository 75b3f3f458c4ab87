package org.promise.value;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.promise.indicator.StatisticalSymbol;
import org.promise.scorecard.Reading;

@Entity
@Table(name = "indicator_value")
public class IndicatorValue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "area_code")
    public String areaCode;

    @Column(name = "period_code")
    public String periodCode;

    /** Kept beside the code so that ranges and "latest before" are plain SQL. */
    @Column(name = "period_end")
    public LocalDate periodEnd;

    public BigDecimal value;

    public StatisticalSymbol symbol;

    public BigDecimal numerator;

    public BigDecimal denominator;

    public ValueStatus status;

    public String source;

    public String note;

    @Version
    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public Reading reading() {
        return new Reading(value, symbol);
    }
}
