package org.promise.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** The plain rules of action plans: years, item letters and overdue items. */
public final class PlanRules {

    private PlanRules() {
    }

    /** An item is overdue once its due date has passed while it is neither complete nor carried forward. */
    public static boolean isOverdue(LocalDate due, ItemStatus status, LocalDate today) {
        Objects.requireNonNull(status);
        return due != null && due.isBefore(today) && !status.isFinished();
    }

    /**
     * The letter after the last one a plan uses, counting as spreadsheets do: a to z, then aa, ab ... zz, aaa.
     * Gaps are not refilled, so a deleted or moved letter never comes back to mean something else.
     */
    public static String nextLetter(Collection<String> used) {
        String last = used.stream().max(PlanRules::compareLetters).orElse(null);
        if (last == null) {
            return "a";
        }
        char[] letters = last.toCharArray();
        int i = letters.length - 1;
        while (i >= 0 && letters[i] == 'z') {
            letters[i] = 'a';
            i--;
        }
        if (i < 0) {
            return "a".repeat(letters.length + 1);
        }
        letters[i]++;
        return new String(letters);
    }

    /** The next {@code count} letters after the last one a plan uses, in order. */
    public static List<String> nextLetters(Collection<String> used, int count) {
        List<String> letters = new ArrayList<>(used);
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String letter = nextLetter(letters);
            letters.add(letter);
            taken.add(letter);
        }
        return taken;
    }

    /** Shorter letters come first (z before aa), then alphabetical order. */
    public static int compareLetters(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
