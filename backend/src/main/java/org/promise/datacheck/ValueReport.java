package org.promise.datacheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.promise.figure.Figure;

/**
 * Another place in an authority's papers that gives a figure (its own or a comparator's), with its words: a figure
 * of its own, recorded once and never changed (its update time and author are when and by whom it was recorded).
 */
@Entity
@Table(name = "value_report")
public class ValueReport extends Figure {

    @Column(name = "authority_code")
    public String authorityCode;

    public BigDecimal value;

    public String source;

    public String quote;

    OtherReport asReport() {
        return new OtherReport(id, indicatorCode, areaCode, periodCode, value, source, quote);
    }
}
