package org.promise.report;

/**
 * A search snippet as HTML a client may insert as it is: PostgreSQL marks the matches with two private-use
 * characters, everything is escaped, and only then do the marks become {@code <mark>} and {@code </mark>}. The
 * angle brackets of the text are handed to PostgreSQL as two more private-use characters, since its headline leaves
 * out whatever reads as a tag ({@code <script>}) rather than quoting it.
 */
final class Snippets {

    static final char START = '\uE000';
    static final char STOP = '\uE001';
    static final char LESS_THAN = '\uE002';
    static final char GREATER_THAN = '\uE003';
    /**
     * The text as PostgreSQL is to mark it: {@code translate(text, FROM, TO)} turns the angle brackets into their
     * stand-ins and takes the four private-use characters out of the text first.
     */
    static final String FROM = "'<>' || U&'\\E000\\E001\\E002\\E003'";
    static final String TO = "U&'\\E002\\E003'";
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
                case LESS_THAN -> html.append("&lt;");
                case GREATER_THAN -> html.append("&gt;");
                case START -> html.append("<mark>");
                case STOP -> html.append("</mark>");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
