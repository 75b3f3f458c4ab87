package org.promise.common.wire;

import java.util.Optional;

/**
 * Text that PostgreSQL stores exactly as it was sent. It refuses the NUL character, and a lone half of a surrogate
 * pair would be written as "?": both are refused where text comes in (bodies, parameters, imported cells), so that
 * nothing fails half-way through a write or is silently changed.
 */
public final class StorableText {

    public static final String RULE = "characters";

    /**
     * For {@code @Pattern}: a name, title or place has no control character (U+0000 to U+001F) at all; they print
     * as nothing, or break the lines of what Promise writes (the calendar feed) and of what others print.
     */
    public static final String ONE_LINE = "^[^\\x00-\\x1F]*$";
    public static final String ONE_LINE_MESSAGE = "must not contain control characters (U+0000 to U+001F)";

    /** For {@code @Pattern}: a longer text may have tabs and line breaks (CR, LF), and no other control character. */
    public static final String PARAGRAPHS = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]*$";
    public static final String PARAGRAPHS_MESSAGE = "must not contain control characters other than tab, line feed"
            + " and carriage return";

    private StorableText() {
    }

    /** Why this text cannot be stored, or empty when it can. */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("must not contain the NUL character (\\u0000)");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain half of a UTF-16 surrogate pair (\\u" + Integer.toHexString(c)
                        + ")");
            }
        }
        return Optional.empty();
    }
}
