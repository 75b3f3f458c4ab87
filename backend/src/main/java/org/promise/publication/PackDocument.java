package org.promise.publication;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.promise.common.time.Clocks;
import org.promise.pack.PackContent;
import org.promise.pack.PackStatus;
import org.promise.pack.PerformancePackView;
import org.promise.publication.DocumentPage.Bookmark;
import org.promise.publication.DocumentPage.Fact;

/**
 * A performance pack as a document: the scorecard by priority (RAG in words, never colour alone), each indicator's
 * trend, definition, warnings and commentary, the exceptions, and what young people told us; a frozen pack says when
 * it was frozen, where it was presented and the SHA-256 of its content.
 */
final class PackDocument {

    /** templates/PackDocument/page.html: one template for the page and the PDF; Qute escapes every value. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Page page, String style, boolean print);
    }

    record Priority(String anchor, String heading, PageTable table) {
    }

    record Indicator(String anchor, String heading, String definition, PageTable trend, List<String> warnings,
            String commentary) {
    }

    record ExceptionPart(String anchor, String heading, PageTable table) {
    }

    record Page(String title, String authorityName, String description, String notice, List<Fact> facts,
            List<Priority> priorities, List<Indicator> indicators, List<ExceptionPart> exceptions,
            List<Block> youngPeople, String versionNote, List<Bookmark> bookmarks) {
    }

    private static final List<PageTable.Column> SCORECARD_COLUMNS = List.of(column("Indicator"),
            number("Figure"), column("Status"), number("Target"), column("Rating"), column("Direction"),
            number("England"), number("Region"), number("Statistical neighbours"));

    private PackDocument() {
    }

    static String html(Page page, String style, boolean print) {
        return Templates.page(page, style, print).render();
    }

    static Page page(PerformancePackView pack) {
        PackContent content = pack.content();
        String authorityName = content.authority().name();
        boolean frozen = pack.status() == PackStatus.FROZEN;
        String state = frozen ? "Frozen on " + DocumentPage.written(pack.frozenAt()) + presentedTo(pack.presentedAt())
                + ": this is the pack as the board saw it, and it never changes"
                : "Draft: generated on " + DocumentPage.written(content.generatedAt())
                        + " from the figures as they stood then; it changes until it is frozen";
        List<Priority> priorities = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        for (PackContent.PriorityGroup group : content.priorities()) {
            String heading = Objects.requireNonNullElse(group.title(), group.priority());
            priorities.add(new Priority("priority-" + (priorities.size() + 1), heading, new PageTable(
                    "Scorecard: " + heading + ", " + content.periodLabel(), SCORECARD_COLUMNS,
                    group.indicators().stream().map(PackDocument::scorecardRow).toList(), null)));
            group.indicators().forEach(indicator -> indicators.add(indicator(indicator)));
        }
        List<Bookmark> bookmarks = new ArrayList<>();
        bookmarks.add(new Bookmark("Scorecard", "scorecard"));
        priorities.forEach(priority -> bookmarks.add(new Bookmark(priority.heading(), priority.anchor())));
        bookmarks.add(new Bookmark("Indicators in detail", "indicators"));
        bookmarks.add(new Bookmark("Exceptions", "exceptions"));
        bookmarks.add(new Bookmark("What young people told us", "young-people"));
        return new Page(pack.title(), authorityName,
                "Performance pack of " + authorityName + " for " + content.periodLabel(), state,
                DocumentPage.facts(new Fact("Authority", authorityName), new Fact("Period", content.periodLabel()),
                        new Fact("Status", frozen ? "Frozen" : "Draft"),
                        new Fact("Generated", DocumentPage.written(content.generatedAt())),
                        new Fact("Frozen", frozen ? DocumentPage.written(pack.frozenAt()) : null),
                        new Fact("Presented at", frozen ? presentedAt(pack.presentedAt()) : null)),
                priorities, indicators, exceptions(content.exceptions()), youngPeople(content.youngPeopleToldUs()),
                frozen ? state + ". SHA-256 of its frozen content: " + pack.contentSha256() + "." : state + ".",
                bookmarks);
    }

    private static PageTable.Row scorecardRow(PackContent.PackIndicator indicator) {
        PackContent.Comparators comparators = indicator.comparators();
        return PageTable.row(SCORECARD_COLUMNS, indicator.name(), Stream.of(indicator.display(),
                words(indicator.status()), indicator.target(), rating(indicator.rag(), indicator.ragReason()),
                rating(indicator.direction(), indicator.directionReason()),
                comparators == null ? null : comparators.england(),
                comparators == null ? null : comparators.region(),
                comparators == null ? null : comparators.statisticalNeighbours())
                .map(text -> text == null || text.isBlank() ? "-" : text).toList());
    }

    private static Indicator indicator(PackContent.PackIndicator indicator) {
        List<PageTable.Column> columns = List.of(column("Period"), number("Figure"));
        PageTable trend = new PageTable("Trend: " + indicator.name(), columns, indicator.trend().stream()
                .map(point -> PageTable.row(columns, point.period(), List.of(point.display()))).toList(), null);
        return new Indicator("indicator-" + indicator.code(), indicator.name() + " (" + indicator.code() + ")",
                indicator.definition(), trend, indicator.dataWarnings() == null ? List.of()
                        : indicator.dataWarnings().stream().map(PackContent.Warning::message).toList(),
                indicator.commentary());
    }

    private static List<ExceptionPart> exceptions(PackContent.Exceptions exceptions) {
        List<PageTable.Column> flagged = List.of(column("Indicator"), column("Reason"));
        List<PageTable.Column> actions = List.of(column("Action"), column("Plan"), column("Owner"), column("Due"),
                column("Status"));
        List<PageTable.Column> warnings = List.of(column("Indicator"), column("Check"), column("Warning"));
        return List.of(
                new ExceptionPart("red", "Rated red", new PageTable("Indicators rated red", flagged,
                        exceptions.red().stream().map(red -> PageTable.row(flagged, red.name(),
                                List.of(red.reason()))).toList(), null)),
                new ExceptionPart("declining", "Declining", new PageTable("Indicators whose figures are declining",
                        flagged, exceptions.declining().stream().map(down -> PageTable.row(flagged, down.name(),
                                List.of(down.reason()))).toList(), null)),
                new ExceptionPart("overdue", "Overdue actions", new PageTable("Action plan items past their due date",
                        actions, exceptions.overdueActions().stream().map(item -> PageTable.row(actions,
                                item.letter() + ". " + item.title(), List.of(item.plan(),
                                        Objects.requireNonNullElse(item.owner(), "-"),
                                        item.due() == null ? "-" : Clocks.written(item.due()),
                                        words(item.status())))).toList(), null)),
                new ExceptionPart("data-warnings", "Data warnings", new PageTable("Open data-quality warnings",
                        warnings, exceptions.dataWarnings().stream().map(warning -> PageTable.row(warnings,
                                warning.name(), List.of(words(warning.rule()), warning.message()))).toList(),
                        null)));
    }

    private static List<Block> youngPeople(List<PackContent.Ask> asks) {
        return asks.isEmpty() ? List.of() : List.of(Block.asks(null, asks.stream().map(ask -> Block.ask(ask.ask(),
                ask.askedIn(), ask.forum(), dated(ask.done()), dated(ask.next()))).toList()));
    }

    private static List<Block.Dated> dated(List<PackContent.AskEntry> entries) {
        return entries.stream().map(entry -> Block.dated(entry.date(), entry.text())).toList();
    }

    /** A rating in words with its reason, "Red: 5 points below the target of 65%"; never a colour alone. */
    private static String rating(String rating, String reason) {
        if (rating == null) {
            return null;
        }
        return DocumentPage.words(rating) + (reason == null || reason.isBlank() ? "" : ": " + reason);
    }

    private static String words(String wire) {
        return wire == null ? null : DocumentPage.words(wire);
    }

    private static String presentedTo(PerformancePackView.Presentation at) {
        return at == null ? "" : " as presented to the meeting of " + presentedAt(at);
    }

    private static String presentedAt(PerformancePackView.Presentation at) {
        return at == null ? null : Clocks.written(at.meetingDate())
                + (at.agendaItemNumber() == null ? "" : ", item " + at.agendaItemNumber());
    }


    private static PageTable.Column column(String heading) {
        return new PageTable.Column(heading, false);
    }

    private static PageTable.Column number(String heading) {
        return new PageTable.Column(heading, true);
    }
}
