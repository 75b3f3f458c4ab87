package org.promise.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.promise.common.security.Caller;
import org.promise.common.sql.PlainSql;
import org.promise.common.time.Clocks;

/**
 * Records who changed what. Called inside the transaction of the change itself, so that a change and its audit
 * entry are saved together or not at all.
 */
@ApplicationScoped
public class AuditService {

    private static final TypeReference<Map<String, Object>> AS_MAP = new TypeReference<>() {
    };

    private static final String COLUMNS = "audit_entry (at, actor_subject, actor_name, entity_type, entity_id, action,"
            + " before, after)";

    private final AuditRepository repository;
    private final ObjectMapper json;
    private final Caller caller;
    private final Clock clock;
    private final PlainSql sql;

    public AuditService(AuditRepository repository, ObjectMapper json, Caller caller, PlainSql sql,
            Clock clock) {
        this.repository = repository;
        this.json = json;
        this.caller = caller;
        this.clock = clock;
        this.sql = sql;
    }

    /** {@code before} and {@code after} are the API views of the entity (never entities), or null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, AuditAction action, Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.at = Clocks.timestamp(clock);
        entry.actorSubject = caller.subject();
        entry.actorName = caller.name();
        entry.entityType = entityType;
        entry.entityId = String.valueOf(entityId);
        entry.action = action.wire();
        entry.before = before == null ? null : json.convertValue(before, AS_MAP);
        entry.after = after == null ? null : json.convertValue(after, AS_MAP);
        repository.persist(entry);
    }

    /**
     * Records a change already made in another system (Keycloak), in a transaction of its own: no transaction is
     * held open, nor a connection, while the other system is asked.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordMadeElsewhere(String entityType, Object entityId, AuditAction action, Object before,
            Object after) {
        record(entityType, entityId, action, before, after);
    }

    /** One change among many, for {@link #recordAll}. */
    public record Change(String entityId, AuditAction action, Object before, Object after) {
    }

    /**
     * Records many changes of one type with one COPY, for bulk imports: the same entries as {@link #record}
     * writes, in the caller's transaction, without loading an entity per change or a statement per entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(String entityType, List<Change> changes) {
        var at = Clocks.timestamp(clock);
        String subject = caller.subject();
        String name = caller.name();
        sql.copy(COLUMNS, changes, (row, change) -> row.timestamp(at).text(subject).text(name).text(entityType)
                .text(change.entityId()).text(change.action().wire()).text(jsonOf(change.before()))
                .text(jsonOf(change.after())));
    }

    private String jsonOf(Object view) {
        try {
            return view == null ? null : json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the audit entries", e);
        }
    }

    /**
     * A record's changes, newest first, with each field before and after. The caller has checked that the reader
     * may see them: the log itself keeps everything.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChangeHistory history(String entityType, Object entityId) {
        return new ChangeHistory(repository.of(entityType, String.valueOf(entityId)).stream()
                .map(entry -> new ChangeHistory.Entry(entry.at, entry.actorName, entry.action,
                        AuditChanges.between(entry.before, entry.after)))
                .toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> newest(String entityType, String entityId, int limit) {
        return repository.newest(entityType, entityId, limit).stream().map(AuditEntryView::of).toList();
    }
}
