package org.promise.common.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.promise.common.security.Caller;

/**
 * Records who changed what. Called inside the transaction of the change itself, so that a change and its audit
 * entry are saved together or not at all.
 */
@ApplicationScoped
public class AuditService {

    private static final TypeReference<Map<String, Object>> AS_MAP = new TypeReference<>() {
    };

    private final AuditRepository repository;
    private final ObjectMapper json;
    private final Caller caller;

    public AuditService(AuditRepository repository, ObjectMapper json, Caller caller) {
        this.repository = repository;
        this.json = json;
        this.caller = caller;
    }

    /** {@code before} and {@code after} are the API views of the entity (never entities), or null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, AuditAction action, Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.at = OffsetDateTime.now(ZoneOffset.UTC);
        entry.actorSubject = caller.subject();
        entry.actorName = caller.name();
        entry.entityType = entityType;
        entry.entityId = String.valueOf(entityId);
        entry.action = action.wire();
        entry.before = before == null ? null : json.convertValue(before, AS_MAP);
        entry.after = after == null ? null : json.convertValue(after, AS_MAP);
        repository.persist(entry);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> newest(String entityType, String entityId, int limit) {
        return repository.newest(entityType, entityId, limit).stream().map(AuditEntryView::of).toList();
    }
}
