package org.promise.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A report as one caller reads it. {@code sections} and {@code childFriendlySummary} are left out (null) of list
 * items, and {@code snippet} is given only in a search's items.
 */
public record ReportView(long id, String authority, ReportType type, String title, String periodCovered,
        String author, String contactOfficer, String executiveSummary, List<String> recommendations, String body,
        Visibility visibility, Integer exemptParagraph, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, ReportStatus status, int documentVersion, OffsetDateTime publishedAt,
        List<ReportSection> sections, List<ChildFriendlyPart> childFriendlySummary,
        List<ReportPresentations.Presentation> presentedAt, List<Decision> decisions, String snippet) {

    public record Decision(int recommendation, DecisionOutcome outcome, String words, LocalDate decidedOn,
            Long resolutionId) {
    }

    public record Page(List<ReportView> items, String next) {
    }

    /** A published version, whole, as it was published. */
    public record Version(long reportId, int number, OffsetDateTime publishedAt, String publishedBy, String reason,
            String authority, ReportType type, String title, String periodCovered, String author,
            String contactOfficer, String executiveSummary, List<String> recommendations, String body,
            Visibility visibility, Integer exemptParagraph, List<ReportSection> sections,
            List<ChildFriendlyPart> childFriendlySummary) {
    }

    public record VersionSummary(int number, OffsetDateTime publishedAt, String publishedBy, String reason) {
    }

    public record VersionList(List<VersionSummary> items) {
    }
}
