package org.promise.target;

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
import org.promise.scorecard.TargetFacts;

@Entity
@Table(name = "target")
public class Target extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "area_code")
    public String areaCode;

    @Column(name = "period_code")
    public String periodCode;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    public BigDecimal value;

    public BigDecimal tolerance;

    public String basis;

    public boolean pending;

    @Column(name = "pending_reason")
    public String pendingReason;

    @Version
    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public TargetFacts facts() {
        return new TargetFacts(value, tolerance, pending, pendingReason);
    }
}
