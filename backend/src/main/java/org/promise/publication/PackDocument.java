package org.promise.publication;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
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

    private PackDocument() {
    }

    static String html(Page page, String style, boolean print) {
        return Templates.page(page, style, print).render();
    }
}
