package org.promise.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "authority_code")
    public String authority;

    public ReportType type;

    public String title;

    @Column(name = "period_covered")
    public String periodCovered;

    public String author;

    @Column(name = "contact_officer")
    public String contactOfficer;

    @Column(name = "executive_summary")
    public String executiveSummary;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> recommendations = new ArrayList<>();

    public String body;

    public Visibility visibility;

    @Column(name = "exempt_paragraph")
    public Integer exemptParagraph;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
