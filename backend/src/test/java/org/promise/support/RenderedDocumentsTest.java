package org.promise.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checks of a rendered page find what they look for (a check that cannot fail proves nothing). */
class RenderedDocumentsTest {

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>T</title>"
                + "</head><body>" + body + "</body></html>";
    }

    private static final String TABLE = "<table><caption>Households</caption><thead><tr><th scope=\"col\">Year</th>"
            + "</tr></thead><tbody><tr><td>14</td></tr></tbody></table>";

    @Test
    void anAccessiblePageHasNoProblems() {
        assertThat(RenderedDocuments.htmlProblems(page("<h1>T</h1><h2>A</h2><h3>B</h3><h2>C</h2>" + TABLE)))
                .isEmpty();
    }

    @Test
    void eachProblemIsNamed() {
        assertThat(RenderedDocuments.htmlProblems(page("<h1>T</h1><h3>B</h3><h1>U</h1>"
                + TABLE.replace("<caption>Households</caption>", "").replace(" scope=\"col\"", ""))
                .replace("en-GB", "en")))
                .containsExactly("the html element has no lang=\"en-GB\"", "the page has 2 h1 elements, not one",
                        "heading \"B\" (h3) skips a level after h1", "a table has no caption: Year 14",
                        "table \"\" has a header cell without scope: Year");
        assertThat(RenderedDocuments.htmlProblems(page("<h1>T</h1><p>Fish & chips<br></p>")))
                .anySatisfy(problem -> assertThat(problem).startsWith("the page is not well-formed XML"));
    }
}
