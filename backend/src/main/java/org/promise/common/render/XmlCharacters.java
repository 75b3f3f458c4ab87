package org.promise.common.render;

/**
 * The characters XML 1.0 allows (tab, line feed, carriage return, U+0020 to U+D7FF, U+E000 to U+FFFD and the
 * supplementary planes). Text is checked where it comes in, but a document is also written from what was stored
 * before those checks, or put in the database by other means: one such character must not stop the page or its PDF.
 */
public final class XmlCharacters {

    private XmlCharacters() {
    }

    /** The text without the characters XML 1.0 forbids (other control characters, lone surrogates, U+FFFE/U+FFFF). */
    public static String legal(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (allowed(c)) {
                if (kept != null) {
                    kept.appendCodePoint(c);
                }
            } else if (kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            }
            i += width;
        }
        return kept == null ? text : kept.toString();
    }

    static boolean allowed(int c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
