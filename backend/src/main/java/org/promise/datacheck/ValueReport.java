package org.promise.datacheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.promise.common.persistence.Stamped;

/** Another place in an authority's papers that gives a figure (its own or a comparator's), with its words. */
@Entity
@Table(name = "value_report")
public class ValueReport extends Stamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "authority_code")
    public String authorityCode;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "area_code")
    public String areaCode;

    @Column(name = "period_code")
    public String periodCode;

    public BigDecimal value;

    public String source;

    public String quote;

    @Column(name = "created_by")
    public String createdBy;

    OtherReport asReport() {
        return new OtherReport(id, indicatorCode, areaCode, periodCode, value, source, quote);
    }
}
