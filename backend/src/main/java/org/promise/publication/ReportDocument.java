package org.promise.publication;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.promise.common.error.ApiException;
import org.promise.common.time.Clocks;
import org.promise.common.wire.WireValue;
import org.promise.publication.DocumentPage.Bookmark;
import org.promise.publication.DocumentPage.Fact;
import org.promise.publication.DocumentPage.Section;
import org.promise.report.ChildFriendlyPart;
import org.promise.report.DecisionOutcome;
import org.promise.report.ReportBlock;
import org.promise.report.ReportPresentations.Presentation;
import org.promise.report.ReportSection;
import org.promise.report.ReportStatus;
import org.promise.report.ReportType;
import org.promise.report.ReportView;
import org.promise.report.Visibility;

/**
 * A report as a document: its cover facts, executive summary, recommendations with the board's decisions, and its
 * sections; or its edition for children and young people (its child-friendly summary and the "You said, we did"
 * asks it cites, in large type).
 */
final class ReportDocument {

    /** templates/ReportDocument/page.html: one template for the page and the PDF; Qute escapes every value. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Page page, String style, boolean print);
    }

    /** The editions of a report: the whole report, or the summary for children and young people. */
    enum Edition implements WireValue {
        FULL,
        CHILD_FRIENDLY
    }

    record Recommendation(String text, String decision) {
    }

    /**
     * What a page looks up beyond the report: an area's name, and the absolute address of a web client page (null
     * when none is known, and then the standalone page, read from anywhere, links nowhere rather than to a dead path).
     */
    record Lookups(Function<String, String> areaName, Function<String, String> webAddress) {
    }

    record Page(String title, String authorityName, String description, String notice, boolean childFriendly,
            List<Fact> facts, String summaryHeading, List<Block> summary, List<Recommendation> recommendations,
            List<Section> sections, String versionNote, List<Bookmark> bookmarks) {
    }

    /**
     * What a report's page is made of, whether the current report or an earlier version: {@code current} is the
     * report as it stands (status, decisions, where presented), which an earlier version's page leaves out.
     */
    record Source(String authority, ReportType type, String title, String periodCovered, String author,
            String contactOfficer, String executiveSummary, List<String> recommendations, String body,
            Visibility visibility, Integer exemptParagraph, List<ReportSection> sections,
            List<ChildFriendlyPart> childFriendlySummary, ReportView current, String versionNote) {

        static Source of(ReportView report) {
            String note = report.status() == ReportStatus.DRAFT
                    ? "Draft, last changed " + DocumentPage.written(report.updatedAt()) + ": not published."
                    : "Version " + report.documentVersion() + " of this report, published "
                            + DocumentPage.written(report.publishedAt()) + ". Earlier versions stay readable.";
            return new Source(report.authority(), report.type(), report.title(), report.periodCovered(),
                    report.author(), report.contactOfficer(), report.executiveSummary(), report.recommendations(),
                    report.body(), report.visibility(), report.exemptParagraph(), report.sections(),
                    report.childFriendlySummary(), report, note);
        }

        static Source of(ReportView.Version version) {
            return new Source(version.authority(), version.type(), version.title(), version.periodCovered(),
                    version.author(), version.contactOfficer(), version.executiveSummary(),
                    version.recommendations(), version.body(), version.visibility(), version.exemptParagraph(),
                    version.sections(), version.childFriendlySummary(), null,
                    "Version " + version.number() + " of this report, published "
                            + DocumentPage.written(version.publishedAt())
                            + (version.reason() == null ? "" : " (" + version.reason() + ")")
                            + ". A later version may have replaced it.");
        }
    }

    private ReportDocument() {
    }

    static String html(Page page, String style, boolean print) {
        return Templates.page(page, style, print).render();
    }

    static Page page(Source report, Edition edition, String authorityName, Lookups lookups) {
        return edition == Edition.FULL ? full(report, authorityName, lookups)
                : childFriendly(report, authorityName, lookups);
    }

    private static Page full(Source report, String authorityName, Lookups lookups) {
        ReportView current = report.current();
        List<Section> sections = sections(report, lookups);
        List<Block> summary = Block.paragraphs(report.executiveSummary());
        List<Bookmark> bookmarks = new ArrayList<>();
        if (!summary.isEmpty()) {
            bookmarks.add(new Bookmark("Executive summary", "summary"));
        }
        if (!report.recommendations().isEmpty()) {
            bookmarks.add(new Bookmark("Recommendations", "recommendations"));
        }
        sections.forEach(section -> bookmarks.add(new Bookmark(section.heading(), section.anchor())));
        Map<Integer, ReportView.Decision> decisions = current == null ? Map.of() : current.decisions().stream()
                .collect(Collectors.toMap(ReportView.Decision::recommendation, decision -> decision));
        List<Recommendation> recommendations = new ArrayList<>();
        for (int i = 0; i < report.recommendations().size(); i++) {
            ReportView.Decision decision = decisions.get(i + 1);
            recommendations.add(new Recommendation(report.recommendations().get(i),
                    decision == null ? null : decision(decision)));
        }
        return new Page(report.title(), authorityName, description(report, authorityName), notice(report), false,
                DocumentPage.facts(new Fact("Authority", authorityName), new Fact("Type", typeLabel(report.type())),
                        new Fact("Period covered", report.periodCovered()), new Fact("Author", report.author()),
                        new Fact("Contact officer", report.contactOfficer()),
                        new Fact("Status", current == null ? null : DocumentPage.words(current.status().wire())),
                        new Fact("Version", version(current)),
                        new Fact("Presented at", current == null ? null : presentedAt(current.presentedAt()))),
                "Executive summary", summary, recommendations, sections, report.versionNote(), bookmarks);
    }

    /** The edition for children and young people; not found when the report has nothing for it. */
    private static Page childFriendly(Source report, String authorityName, Lookups lookups) {
        List<Section> parts = new ArrayList<>();
        for (ChildFriendlyPart part : report.childFriendlySummary()) {
            parts.add(new Section("part-" + (parts.size() + 1), part.heading(), HeadingLevels.TOP,
                    Block.paragraphs(part.text())));
        }
        List<Block> asks = sections(report, lookups).stream().flatMap(section -> section.blocks().stream())
                .filter(block -> block.kind().equals("you-said-we-did") && !block.asks().isEmpty())
                .map(block -> Block.asks(null, block.asks())).toList();
        if (!asks.isEmpty()) {
            parts.add(new Section("you-said-we-did", "You said, we did", HeadingLevels.TOP, asks));
        }
        if (parts.isEmpty()) {
            throw ApiException.notFound("This report has no edition for children and young people: it has no "
                    + "child-friendly summary and cites no \"You said, we did\" asks");
        }
        String title = report.title() + ": the summary for children and young people";
        return new Page(title, authorityName, "A summary for children and young people of " + report.title(),
                notice(report), true,
                DocumentPage.facts(new Fact("From", authorityName), new Fact("Covers", report.periodCovered())),
                null, List.of(), List.of(), parts, report.versionNote(),
                parts.stream().map(part -> new Bookmark(part.heading(), part.anchor())).toList());
    }

    private static String description(Source report, String authorityName) {
        return typeLabel(report.type()) + " of " + authorityName
                + (report.periodCovered() == null ? "" : ", " + report.periodCovered());
    }

    private static String notice(Source report) {
        List<String> notices = new ArrayList<>();
        if (report.current() != null && report.current().status() == ReportStatus.DRAFT) {
            notices.add("Draft: not published");
        }
        if (report.visibility() == Visibility.EXEMPT) {
            notices.add("Not for publication: exempt information under paragraph " + report.exemptParagraph()
                    + " of Schedule 12A to the Local Government Act 1972");
        }
        return notices.isEmpty() ? null : String.join(". ", notices);
    }

    private static String version(ReportView current) {
        if (current == null) {
            return null;
        }
        return current.documentVersion() == 0 ? "Not published yet"
                : current.documentVersion() + ", published " + DocumentPage.written(current.publishedAt());
    }

    private static String presentedAt(List<Presentation> presentations) {
        return presentations.stream().map(at -> Clocks.written(at.meetingDate())
                + (at.meetingTitle() == null ? "" : ", " + at.meetingTitle()) + ", item " + at.agendaItemNumber()
                + ": " + at.agendaItemTitle()).collect(Collectors.joining("; "));
    }

    private static String decision(ReportView.Decision decision) {
        return outcome(decision.outcome()) + " on " + Clocks.written(decision.decidedOn())
                + (decision.words() == null ? "." : ": " + decision.words());
    }

    private static String outcome(DecisionOutcome outcome) {
        return switch (outcome) {
            case AGREED -> "Agreed";
            case AGREED_AMENDED -> "Agreed as amended";
            case NOT_AGREED -> "Not agreed";
            case NOTED -> "Noted";
            case DEFERRED -> "Deferred";
        };
    }

    /** The sections, each at its level; a report written as one body (by an older client) is one section. */
    private static List<Section> sections(Source report, Lookups lookups) {
        List<ReportSection> sections = report.sections() == null ? List.of() : report.sections();
        if (sections.isEmpty()) {
            List<Block> body = Block.paragraphs(report.body());
            return body.isEmpty() ? List.of()
                    : List.of(new Section("section-1", "Report", HeadingLevels.TOP, body));
        }
        List<Integer> levels = HeadingLevels.of(sections.stream().map(ReportSection::number).toList());
        List<Section> result = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            ReportSection section = sections.get(i);
            String heading = section.number() == null || section.number().isBlank() ? section.heading()
                    : section.number().strip() + " " + section.heading();
            result.add(new Section("section-" + (i + 1), heading, levels.get(i), section.blocks().stream()
                    .flatMap(block -> blocks(block, report.authority(), lookups)).toList()));
        }
        return result;
    }

    /** Each kind of block as the template writes it; a paragraph's text may hold several paragraphs. */
    private static Stream<Block> blocks(ReportBlock block, String authority, Lookups lookups) {
        if (block instanceof ReportBlock.Paragraph paragraph) {
            return Block.paragraphs(paragraph.text()).stream();
        }
        if (block instanceof ReportBlock.BulletList list) {
            return Stream.of(Block.list(list.ordered(), list.items()));
        }
        if (block instanceof ReportBlock.Table table) {
            return Stream.of(Block.table(table(table)));
        }
        if (block instanceof ReportBlock.Figure figure) {
            return Stream.of(Block.figure(cited(figure, authority, lookups)));
        }
        ReportBlock.YouSaidWeDid asks = (ReportBlock.YouSaidWeDid) block;
        return Stream.of(Block.asks(asks.heading(), asks.asks() == null ? List.of()
                : asks.asks().stream().map(ReportDocument::ask).toList()));
    }

    private static PageTable table(ReportBlock.Table table) {
        List<PageTable.Column> columns = table.columns().stream()
                .map(column -> new PageTable.Column(column.heading(), column.numeric())).toList();
        return new PageTable(table.caption(), columns,
                table.rows().stream().map(row -> PageTable.row(columns, row.header(), row.cells())).toList(),
                table.notes());
    }

    private static Block.CitedFigure cited(ReportBlock.Figure figure, String authority, Lookups lookups) {
        ReportBlock.CitedFigure cited = figure.cited();
        String name = cited == null || cited.indicatorName() == null ? figure.indicator() : cited.indicatorName();
        String area = figure.area() == null || figure.area().equals(authority) ? null
                : lookups.areaName().apply(figure.area());
        String period = periodInWords(figure.period());
        if (cited == null) {
            return new Block.CitedFigure(Objects.requireNonNullElse(figure.caption(), name), name, period, area, "-",
                    true, "The figure could not be read", null);
        }
        return new Block.CitedFigure(Objects.requireNonNullElse(figure.caption(), name), name, period, area,
                cited.display(), cited.withheld(), cited.reason(),
                cited.link() == null ? null : lookups.webAddress().apply(cited.link()));
    }

    /**
     * A figure's period as the page writes dates: a snapshot, whose code is its date, reads "31 March 2023"; a year
     * or quarter keeps its code ("2022-23").
     */
    private static String periodInWords(String code) {
        try {
            return Clocks.written(LocalDate.parse(code));
        } catch (DateTimeParseException e) {
            return code;
        }
    }

    private static Block.Ask ask(ReportBlock.CitedAsk ask) {
        return Block.ask(ask.ask(), ask.askedIn(), ask.forum(), dated(ask.done()), dated(ask.next()));
    }

    private static List<Block.Dated> dated(List<ReportBlock.AskEntry> entries) {
        return entries == null ? List.of() : entries.stream()
                .map(entry -> Block.dated(entry.date(), entry.text())).toList();
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
            case MUNICIPAL_YEAR -> "Municipal year report";
            case OTHER -> "Report";
        };
    }
}
