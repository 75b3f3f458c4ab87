package org.promise.disclosure;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Screens a figure's note for the readers from whom {@link Suppression} withholds small numbers (decision 29).
 *
 * <p>A note is free text and may quote the counts behind a published figure ("2 declined or whereabouts unknown").
 * A note that states a count from 1 to 5, in figures or in words (one to five), is withheld as a whole: rewriting
 * free text would be guesswork, and the authority's own people still read it. Erring on the side of privacy, any
 * such number counts, except those that plainly are not counts: percentages ("4%", "5 per cent"), lengths of time
 * ("two years", "3 months"; an age, "4 year olds", is not one), decimals ("2.5"), years and year ranges ("2022-23",
 * "2023/4"), dates ("1 October 2023", "31/03/2023": the day before the month, as UK writing has it), times
 * ("10:30"), money ("£3"), numbers joined to letters ("Appendix 1b", "KS2", "2nd") and numbers that a capitalised
 * word labels as a part of a document or a scheme ("Appendix 1", "Key Stage 4", "Quarter 3").
 */
public final class NoteScreen {

    /** A number: digit groups joined by separators ("1,000", "2.5", "14/49", "2022-23", "10:30"). */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:/-]\\d+)*");
    /** The numbers {@link Suppression#isSmall} withholds, in words. */
    private static final Pattern SMALL_WORD = Pattern.compile("\\b(?:one|two|three|four|five)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT_AFTER = Pattern.compile("^\\s*(?:%|per\\s*cent\\b|percent\\b)",
            Pattern.CASE_INSENSITIVE);
    /** A length of time after the number ("two years", "3 months"), but not an age ("4 year olds"). */
    private static final Pattern DURATION_AFTER = Pattern.compile(
            "^\\s*(?:years?|months?|weeks?|days?|hours?|minutes?|quarters?|terms?)\\b(?![\\s-]*olds?\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s*(\\p{L}+)");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s*$");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    /** Words that, capitalised, name a part of a document or a scheme by number. */
    private static final Set<String> LABELS = Set.of("appendix", "annex", "section", "paragraph", "page", "table",
            "chapter", "figure", "stage", "quarter", "tier", "phase", "level", "step", "year", "version");

    private NoteScreen() {
    }

    /** The note as a reader from whom small numbers are withheld may have it: whole, or not at all. */
    public static String forOutsideReaders(String note) {
        return quotesSmallCount(note) ? null : note;
    }

    /** Whether the note states a count from 1 to 5. */
    public static boolean quotesSmallCount(String note) {
        if (note == null) {
            return false;
        }
        Matcher word = SMALL_WORD.matcher(note);
        while (word.find()) {
            if (!DURATION_AFTER.matcher(note.substring(word.end())).find()) {
                return true;
            }
        }
        Matcher number = NUMBER.matcher(note);
        while (number.find()) {
            if (isSmallCount(note, number.start(), number.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSmallCount(String note, int start, int end) {
        String token = note.substring(start, end);
        String before = note.substring(0, start);
        String after = note.substring(end);
        boolean joinedToLetter = start > 0 && Character.isLetter(note.charAt(start - 1))
                || end < note.length() && Character.isLetter(note.charAt(end));
        if (joinedToLetter || before.endsWith("£") || before.endsWith("$") || token.contains(".")
                || token.contains(":") || PERCENT_AFTER.matcher(after).find()) {
            return false;
        }
        String[] parts = token.replace(",", "").split("[/-]");
        boolean yearRange = parts.length == 2 && parts[0].length() == 4;
        if (parts.length > 2 || yearRange) {
            return false;
        }
        if (parts.length == 1 && (DURATION_AFTER.matcher(after).find()
                || isNamed(WORD_AFTER.matcher(after), MONTHS) || isNamed(WORD_BEFORE.matcher(before), LABELS))) {
            return false;
        }
        for (String part : parts) {
            if (Suppression.isSmall(new BigDecimal(part))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word next to a number is one of {@code names}, capitalised as a name is: "1 October" is a date,
     * "Quarter 3" a label, but "2 may have left" and "in the quarter 3 children left" state counts.
     */
    private static boolean isNamed(Matcher word, Set<String> names) {
        return word.find() && Character.isUpperCase(word.group(1).charAt(0))
                && names.contains(word.group(1).toLowerCase(Locale.ROOT));
    }
}
