package org.promise.common.sync;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the cursor of the next, read as {@code limit + 1} rows: the extra one says there is more. */
public record SyncPage<T>(List<T> items, String next) {

    public static <T> SyncPage<T> of(List<T> rows, int limit, Function<T, SyncCursor> cursorOf) {
        if (rows.size() <= limit) {
            return new SyncPage<>(rows, null);
        }
        List<T> page = rows.subList(0, limit);
        return new SyncPage<>(List.copyOf(page), cursorOf.apply(page.get(limit - 1)).encode());
    }
}
