package org.promise.report;

/**
 * A search snippet as HTML a client may insert as it is: PostgreSQL marks the matches with two private-use
 * characters, everything is escaped, and only then do the marks become {@code <mark>} and {@code </mark>}.
 */
final class Snippets {

    static final char START = '\uE000';
    static final char STOP = '\uE001';
    /** The two marks as an SQL literal, to take them out of the text before it is marked. */
    static final String MARKS = "U&'\\E000\\E001'";
    /** ts_headline's options: up to two passages of about 12 to 35 words. */
    static final String OPTIONS = "StartSel=\"" + START + "\", StopSel=\"" + STOP
            + "\", MaxFragments=2, MaxWords=35, MinWords=12, FragmentDelimiter=\" ... \"";

    private Snippets() {
    }

    /** The snippet as safe HTML: escaped text with only the marks as markup; null stays null. */
    static String html(String marked) {
        if (marked == null) {
            return null;
        }
        StringBuilder html = new StringBuilder(marked.length() + 32);
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case START -> html.append("<mark>");
                case STOP -> html.append("</mark>");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
