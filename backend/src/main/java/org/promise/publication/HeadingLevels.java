package org.promise.publication;

import java.util.ArrayList;
import java.util.List;

/**
 * The heading level of each numbered section under a document's h2 parts: "4" is an h2, "4.6" an h3, and so on to
 * h6; a section never goes more than one level below the one before it, so a reader who moves by headings meets no
 * gap, whatever numbers the author gave ("4.6" first reads as an h2).
 */
final class HeadingLevels {

    static final int TOP = 2;
    static final int DEEPEST = 6;

    private HeadingLevels() {
    }

    /** The level of each section in order; a section without a number is a part of its own (the top level). */
    static List<Integer> of(List<String> numbers) {
        List<Integer> levels = new ArrayList<>(numbers.size());
        int previous = TOP - 1;
        for (String number : numbers) {
            int depth = number == null || number.isBlank() ? 1 : number.strip().split("\\.").length;
            int level = Math.min(Math.min(TOP - 1 + depth, previous + 1), DEEPEST);
            levels.add(level);
            previous = level;
        }
        return levels;
    }
}
