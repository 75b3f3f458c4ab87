package org.promise.minutes;

import java.time.OffsetDateTime;

/** Something a sync client must remove from its copy (OParl 1.1's deleted objects). */
public record Tombstone(String kind, long id, OffsetDateTime deletedAt) {
}
