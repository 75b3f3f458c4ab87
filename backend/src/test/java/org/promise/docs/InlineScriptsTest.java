package org.promise.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InlineScriptsTest {

    @Test
    void shouldHashExactlyTheScriptsText() {
        // The CSP specification's own example: the hash of the script's text between its tags, as UTF-8.
        assertThat(InlineScripts.hashOfTheOnly("<p>x</p><script>alert('Hello, world.');</script>"))
                .isEqualTo("sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=");
        assertThat(InlineScripts.hashOfTheOnly("<script>\n  run();\n</script>"))
                .isNotEqualTo(InlineScripts.hashOfTheOnly("<script>run();</script>"));
    }

    @Test
    void shouldRefuseAPageWithNoneOrSeveral() {
        assertThatThrownBy(() -> InlineScripts.hashOfTheOnly("<p>no script</p>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InlineScripts.hashOfTheOnly("<script>a()</script><script>b()</script>"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
