package org.promise.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void escapesEverythingAndMarksOnlyTheMatches() {
        String marked = "Before " + Snippets.LESS_THAN + "script" + Snippets.GREATER_THAN + "alert(\"x\" & 'y')"
                + " the " + Snippets.START + "fostering" + Snippets.STOP + " households";
        assertThat(Snippets.html(marked)).isEqualTo("Before &lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)"
                + " the <mark>fostering</mark> households");
    }

    @Test
    void anAngleBracketThatReachesItIsEscapedToo() {
        assertThat(Snippets.html("<b>bold</b>")).isEqualTo("&lt;b&gt;bold&lt;/b&gt;");
    }

    @Test
    void noSnippetStaysNone() {
        assertThat(Snippets.html(null)).isNull();
    }
}
