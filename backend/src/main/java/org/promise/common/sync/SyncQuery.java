package org.promise.common.sync;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import org.promise.common.error.ApiException;

/**
 * The sync parameters of a list (OParl 1.1): {@code modifiedSince} (only objects changed after it, ordered by when
 * they changed, with the tombstones of what went since), {@code limit} and the {@code after} cursor. The contract
 * checks limit's range; this reads the instant and the cursor.
 */
public record SyncQuery(OffsetDateTime modifiedSince, int limit, SyncCursor after) {

    public static final int DEFAULT_LIMIT = 100;
    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9999;

    public static SyncQuery of(String modifiedSince, Integer limit, String after) {
        return new SyncQuery(modifiedSince(modifiedSince), limit == null ? DEFAULT_LIMIT : limit,
                SyncCursor.decode(after));
    }

    /** Whether the client asks for changes (ordered by when they changed) rather than the list in its own order. */
    public boolean changes() {
        return modifiedSince != null;
    }

    /** Tombstones are reported with the first page of changes, once. */
    public boolean reportsDeletions() {
        return changes() && after == null;
    }

    /**
     * The {@code modifiedSince} parameter as given, or null when it is not; 400 naming it for anything but a date and
     * time with its offset in the years the database compares. Also for lists that page in their own way (the KPIs).
     */
    public static OffsetDateTime modifiedSince(String value) {
        if (value == null) {
            return null;
        }
        OffsetDateTime instant;
        try {
            instant = OffsetDateTime.parse(value);
        } catch (DateTimeException e) {
            throw ApiException.invalid("modifiedSince", "type",
                    "modifiedSince must be a date and time with its offset (ISO 8601), such as 2023-11-01T00:00:00Z");
        }
        // Beyond these years the database cannot compare the instant at all: the answer is the client's mistake.
        int year = instant.getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ApiException.invalid("modifiedSince", "range",
                    "modifiedSince must be in the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return instant;
    }
}
