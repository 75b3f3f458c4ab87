package org.promise.report;

import java.time.OffsetDateTime;
import java.util.List;

public record ReportView(long id, String authority, ReportType type, String title, String periodCovered,
        String author, String contactOfficer, String executiveSummary, List<String> recommendations, String body,
        Visibility visibility, Integer exemptParagraph, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static ReportView of(Report report) {
        return new ReportView(report.id, report.authority, report.type, report.title, report.periodCovered,
                report.author, report.contactOfficer, report.executiveSummary, List.copyOf(report.recommendations),
                report.body, report.visibility, report.exemptParagraph, report.version, report.createdAt,
                report.updatedAt);
    }

    public record Page(List<ReportView> items) {
    }
}
