package org.promise.support;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Words that give away a message written by a machine for a programmer (issue 14, decision 41): Java's and
 * Jackson's own texts, SQL, bean validation's defaults and the API's paths. A problem a person can meet reads like
 * GOV.UK's error messages instead ("Enter a value between 0 and 100").
 */
public final class PlainWords {

    private static final List<String> JARGON = List.of("java.", "jackson", "exception", "must not be null",
            "must not be blank", "null", "sql", "constraint", "violat", "/api/", "unrecognized", "deserializ",
            "instance of", "(code ", "source: ", "token ", "org.promise", "begin_", "end_array", "start_object");

    private PlainWords() {
    }

    /** The first piece of jargon in a message, if any. */
    public static Optional<String> jargonIn(String message) {
        if (message == null) {
            return Optional.empty();
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return JARGON.stream().filter(lower::contains).findFirst();
    }
}
