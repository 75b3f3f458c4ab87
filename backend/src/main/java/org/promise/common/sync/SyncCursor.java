package org.promise.common.sync;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.promise.common.error.ApiException;

/**
 * Where the next page of a list starts: the sort key of the last object of the page before (when it changed, or its
 * date, whichever the list is ordered by) and its id, opaque to clients. A page read after a key rather than at an
 * offset costs the same wherever it is, and an object changed meanwhile moves to a later page instead of shifting
 * every page after it.
 */
public record SyncCursor(String key, long id) {

    private static final String PARAMETER = "after";

    public static SyncCursor after(OffsetDateTime updatedAt, long id) {
        return new SyncCursor(updatedAt.toInstant().toString(), id);
    }

    public static SyncCursor after(LocalDate date, long id) {
        return new SyncCursor(date.toString(), id);
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back, or null for the first page; 400 (rule {@code cursor}) for anything else. */
    public static SyncCursor decode(String value) {
        if (value == null) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|");
            if (parts.length == 2) {
                return new SyncCursor(parts[0], Long.parseLong(parts[1]));
            }
        } catch (IllegalArgumentException e) {
            // the same answer as a well-formed cursor of another list
        }
        throw invalid();
    }

    /** The key of a list ordered by when its objects changed; 400 for a cursor of another ordering. */
    public OffsetDateTime changedAt() {
        try {
            return OffsetDateTime.parse(key);
        } catch (DateTimeException e) {
            throw invalid();
        }
    }

    /** The key of a list ordered by date; 400 for a cursor of another ordering. */
    public LocalDate date() {
        try {
            return LocalDate.parse(key);
        } catch (DateTimeException e) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid(PARAMETER, "cursor",
                "after must be the cursor of this list's next page (next, or the Link header), as it was given");
    }
}
