package org.promise.report;

import java.util.List;

/**
 * A published version whole, as report_version.content stores it: everything a ReportInput gives, and its number.
 * Citations are stored as written (without what they resolve to), and read live.
 */
record ReportContent(int number, String authority, ReportType type, String title, String periodCovered,
        String author, String contactOfficer, String executiveSummary, List<String> recommendations, String body,
        Visibility visibility, Integer exemptParagraph, List<ReportSection> sections,
        List<ChildFriendlyPart> childFriendlySummary) {
}
