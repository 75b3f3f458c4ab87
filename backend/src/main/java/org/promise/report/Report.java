package org.promise.report;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.promise.common.persistence.Stamped;

@Entity
@Table(name = "report")
public class Report extends Stamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "authority_code")
    public String authority;

    @Convert(converter = ReportType.Converter.class)
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

    @Convert(converter = Visibility.Converter.class)
    public Visibility visibility;

    @Column(name = "exempt_paragraph")
    public Integer exemptParagraph;

    /** Draft or published; "presented" is derived when read (see {@link ReportStatus}). */
    @Convert(converter = ReportStatus.Converter.class)
    public ReportStatus status = ReportStatus.DRAFT;

    /** The published version the report reads as now; 0 for a draft never published. */
    @Column(name = "document_version")
    public int documentVersion;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** The sections as JSON (ReportSection[]), read and written by {@link ReportContents}. */
    @ColumnTransformer(write = "?::jsonb")
    @Column(name = "sections")
    public String sectionsJson = "[]";

    /** The summary for children and young people as JSON (ChildFriendlyPart[]). */
    @ColumnTransformer(write = "?::jsonb")
    @Column(name = "child_friendly_summary")
    public String childFriendlySummaryJson = "[]";

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_by")
    public String updatedBy;
}
