package org.promise.pack;

import java.time.OffsetDateTime;
import java.util.List;

/** One difference between a frozen pack and its figures now: what was printed then and now, in plain words. */
public record PackChange(PackChangeKind kind, String indicator, String name, String period, String before,
        String after, String words) {

    /** The answer of .../changes. */
    public record Page(long packId, OffsetDateTime frozenAt, OffsetDateTime comparedAt,
            List<PackChange> changes) {
    }
}
