package org.promise.minutes;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.promise.common.error.ApiException;

/**
 * Where a sync page ends (OParl 1.1 style lists ordered by their last change, then id): the opaque cursor of the
 * next page's {@code after} is this key, encoded.
 */
public record SyncCursor(OffsetDateTime updatedAt, long id) {

    /** Objects a page when the caller does not say. */
    static final int DEFAULT_LIMIT = 100;

    /** The {@code modifiedSince} parameter (a date-time with its offset), or null without one. */
    public static OffsetDateTime modifiedSince(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("modifiedSince", "date-time",
                    "modifiedSince is a date and time with its offset, such as 2023-09-01T00:00:00Z");
        }
    }

    /** One page of a sync list and the cursor of the next, if there is one. */
    public record Slice<T>(List<T> items, String next) {
    }

    /**
     * The page of rows read one beyond {@code limit} (that one says whether there is a next page), with the cursor
     * of its last row when there is.
     */
    public static <T> Slice<T> slice(List<T> rows, int limit, Function<T, SyncCursor> keyOf) {
        if (rows.size() <= limit) {
            return new Slice<>(rows, null);
        }
        List<T> page = rows.subList(0, limit);
        return new Slice<>(page, keyOf.apply(page.get(limit - 1)).encode());
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((updatedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back, or null without one; 400 naming {@code after} for one this did not write. */
    public static SyncCursor decode(String after) {
        if (after == null) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            int bar = text.lastIndexOf('|');
            return new SyncCursor(OffsetDateTime.parse(text.substring(0, bar)),
                    Long.parseLong(text.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
            throw ApiException.invalid("after", "cursor",
                    "Send back the cursor of a next link as it was given, or leave out after for the first page");
        }
    }
}
