package org.promise.common.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

public record AuditEntryView(long id, OffsetDateTime at, String actorSubject, String actorName, String entityType,
        String entityId, String action, Map<String, Object> before, Map<String, Object> after) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.id, entry.at, entry.actorSubject, entry.actorName, entry.entityType,
                entry.entityId, entry.action, entry.before, entry.after);
    }

    public record Page(List<AuditEntryView> items) {
    }
}
