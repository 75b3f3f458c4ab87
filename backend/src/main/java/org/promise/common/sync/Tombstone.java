package org.promise.common.sync;

import java.time.OffsetDateTime;

/** Something a sync client must delete from its copy: removed, or no longer public. */
public record Tombstone(TombstoneKind kind, long id, OffsetDateTime deletedAt) {
}
