package org.promise.publication;

import java.util.List;

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

    /** The facts that have a value, in order; a cover lists what is known, never "none". */
    static List<Fact> facts(Fact... facts) {
        return java.util.Arrays.stream(facts).filter(fact -> fact.value() != null && !fact.value().isBlank())
                .toList();
    }
}
