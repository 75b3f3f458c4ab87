package org.promise.common.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlCharactersTest {

    @Test
    void shouldKeepEveryCharacterXmlAllowsAndTheSameStringWhenThereIsNothingToLeaveOut() {
        String allowed = "Tab\tline\nreturn\r £ – “quotes” \uD7FF \uE000 \uFFFD \uD83D\uDE00";
        assertThat(XmlCharacters.legal(allowed)).isSameAs(allowed);
    }

    @Test
    void shouldLeaveOutEveryOtherControlCharacterLoneSurrogatesAndNonCharacters() {
        for (int c = 0; c < 0x20; c++) {
            String expected = c == '\t' || c == '\n' || c == '\r' ? "a" + (char) c + "b" : "ab";
            assertThat(XmlCharacters.legal("a" + (char) c + "b")).as("U+%04X", c).isEqualTo(expected);
        }
        assertThat(XmlCharacters.legal("a\uD800b\uDC00c")).isEqualTo("abc");
        assertThat(XmlCharacters.legal("a\uFFFEb\uFFFFc")).isEqualTo("abc");
        assertThat(XmlCharacters.legal("\u0001\u0007")).isEmpty();
        assertThat(XmlCharacters.legal("x\uD83D\uDE00\u0001y")).isEqualTo("x\uD83D\uDE00y");
    }
}
