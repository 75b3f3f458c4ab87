package org.promise.publication;

import java.time.OffsetDateTime;
import java.util.List;
import org.promise.common.time.Clocks;

/** The parts of a document's page that both kinds share: the cover facts, the sections and the PDF's bookmarks. */
final class DocumentPage {

    private DocumentPage() {
    }

    /** A line of the cover: "Period covered: 2022-2023". */
    record Fact(String label, String value) {
    }

    /** A section with its heading, at its level (2 to 6), its anchor for the PDF's bookmarks, and its blocks. */
    record Section(String anchor, String heading, int level, List<Block> blocks) {
    }

    /** An entry in the PDF's outline, to a heading's anchor. */
    record Bookmark(String name, String anchor) {
    }

    /** A wire spelling as words: "presented" reads "Presented", "not-started" "Not started". */
    static String words(String wire) {
        String text = wire.replace('-', ' ');
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A moment as a date in the board's words ("3 December 2026"); null stays null. */
    static String written(OffsetDateTime time) {
        return time == null ? null : Clocks.written(time.toLocalDate());
    }

    /** The facts that have a value, in order; a cover lists what is known, never "none". */
    static List<Fact> facts(Fact... facts) {
        return java.util.Arrays.stream(facts).filter(fact -> fact.value() != null && !fact.value().isBlank())
                .toList();
    }
}
