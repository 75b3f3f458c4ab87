package org.promise.publication;

import java.util.List;

/**
 * One block of a document's section as the template writes it, by its kind: a paragraph ({@code text}), a list
 * ({@code items}, {@code ordered}), a table, a cited figure, or the "You said, we did" asks. One record rather than one
 * per kind, so that the template, checked against these types when the service is built, reads each kind's parts.
 */
record Block(String kind, String text, boolean ordered, List<String> items, PageTable table, CitedFigure figure,
        List<Ask> asks) {

    /** A figure the document cites, as the reader may see it now: its value's display, or why it is withheld. */
    record CitedFigure(String caption, String indicatorName, String period, String area, String display,
            boolean withheld, String reason, String link) {
    }

    /** What young people asked, what was done and what comes next ("You said, we did"). */
    record Ask(String ask, String askedIn, List<Dated> done, List<Dated> next) {
    }

    record Dated(String date, String text) {
    }

    /** An ask with where it was asked ("Children in Care Council, Walsall"). */
    static Ask ask(String ask, String askedIn, String forum, List<Dated> done, List<Dated> next) {
        return new Ask(ask, java.util.stream.Stream.of(askedIn, forum).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(", ")), done, next);
    }

    static Dated dated(java.time.LocalDate date, String text) {
        return new Dated(date == null ? "undated" : org.promise.common.time.Clocks.written(date), text);
    }

    static Block paragraph(String text) {
        return new Block("paragraph", text, false, List.of(), null, null, List.of());
    }

    static Block list(boolean ordered, List<String> items) {
        return new Block("list", null, ordered, items, null, null, List.of());
    }

    static Block table(PageTable table) {
        return new Block("table", null, false, List.of(), table, null, List.of());
    }

    static Block figure(CitedFigure figure) {
        return new Block("figure", null, false, List.of(), null, figure, List.of());
    }

    static Block asks(String heading, List<Ask> asks) {
        return new Block("you-said-we-did", heading, false, List.of(), null, null, asks);
    }

    /** Paragraphs from plain text, one per blank-line-separated run; a single line break stays inside a paragraph. */
    static List<Block> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip)
                .filter(part -> !part.isEmpty()).map(Block::paragraph).toList();
    }
}
