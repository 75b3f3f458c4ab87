package org.promise.figure;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import org.promise.common.persistence.Versioned;
import org.promise.period.Period;

/** A figure of an indicator for one area and period (a value or a target), keyed and versioned alike. */
@MappedSuperclass
public abstract class Figure extends Versioned {

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

    @Column(name = "updated_by")
    public String updatedBy;

    public void placeAt(String indicator, String area, Period period) {
        indicatorCode = indicator;
        areaCode = area;
        periodCode = period.code();
        periodEnd = period.end();
    }

    /** How the audit log names the figure: indicator/area/period. */
    public String auditId() {
        return auditId(indicatorCode, areaCode, periodCode);
    }

    public static String auditId(String indicator, String area, String periodCode) {
        return indicator + "/" + area + "/" + periodCode;
    }
}
