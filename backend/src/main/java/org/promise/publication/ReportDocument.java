package org.promise.publication;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.promise.common.time.Clocks;
import org.promise.publication.DocumentPage.Bookmark;
import org.promise.publication.DocumentPage.Fact;
import org.promise.publication.DocumentPage.Section;
import org.promise.report.ReportType;
import org.promise.report.ReportView;
import org.promise.report.Visibility;

/** A report as a document: its cover facts, summary, recommendations with the board's decisions, and sections. */
final class ReportDocument {

    /** templates/ReportDocument/page.html: one template for the page and the PDF; Qute escapes every value. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Page page, String style, boolean print);
    }

    record Recommendation(String text, String decision) {
    }

    record Page(String title, String authorityName, String description, String notice, List<Fact> facts,
            String summaryHeading, List<Block> summary, List<Recommendation> recommendations,
            List<Section> sections, String versionNote, List<Bookmark> bookmarks) {
    }

    private ReportDocument() {
    }

    static String html(Page page, String style, boolean print) {
        return Templates.page(page, style, print).render();
    }

    static Page page(ReportView report, String authorityName) {
        List<Section> sections = sections(report);
        List<Block> summary = Block.paragraphs(report.executiveSummary());
        List<Bookmark> bookmarks = new ArrayList<>();
        if (!summary.isEmpty()) {
            bookmarks.add(new Bookmark("Executive summary", "summary"));
        }
        if (!report.recommendations().isEmpty()) {
            bookmarks.add(new Bookmark("Recommendations", "recommendations"));
        }
        sections.forEach(section -> bookmarks.add(new Bookmark(section.heading(), section.anchor())));
        return new Page(report.title(), authorityName,
                typeLabel(report.type()) + " of " + authorityName
                        + (report.periodCovered() == null ? "" : ", " + report.periodCovered()),
                report.visibility() == Visibility.EXEMPT
                        ? "Not for publication: exempt information under paragraph " + report.exemptParagraph()
                                + " of Schedule 12A to the Local Government Act 1972"
                        : null,
                DocumentPage.facts(new Fact("Authority", authorityName), new Fact("Type", typeLabel(report.type())),
                        new Fact("Period covered", report.periodCovered()), new Fact("Author", report.author()),
                        new Fact("Contact officer", report.contactOfficer())),
                "Executive summary", summary,
                report.recommendations().stream().map(text -> new Recommendation(text, null)).toList(),
                sections,
                "Last changed " + Clocks.written(report.updatedAt().toLocalDate()) + ".", bookmarks);
    }

    /** The body as one section of paragraphs, under the heading "Report". */
    private static List<Section> sections(ReportView report) {
        List<Block> body = Block.paragraphs(report.body());
        if (body.isEmpty()) {
            return List.of();
        }
        List<Integer> levels = HeadingLevels.of(List.of(""));
        return IntStream.range(0, levels.size())
                .mapToObj(i -> new Section("section-" + (i + 1), "Report", levels.get(i), body)).toList();
    }

    static String typeLabel(ReportType type) {
        return switch (type) {
            case QUARTERLY_PERFORMANCE -> "Quarterly performance report";
            case ANNUAL_FOSTERING -> "Fostering service annual report";
            case ANNUAL_ADOPTION -> "Adoption service annual report";
            case IRO -> "Independent reviewing officer report";
            case VIRTUAL_SCHOOL -> "Virtual school report";
            case HEALTH -> "Health of children in care report";
            case STRATEGY -> "Strategy";
            case SUFFICIENCY -> "Sufficiency report";
            case OTHER -> "Report";
        };
    }
}
