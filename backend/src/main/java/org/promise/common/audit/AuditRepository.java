package org.promise.common.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    public List<AuditEntry> newest(String entityType, String entityId, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (entityType != null) {
            query.append(" and entityType = :entityType");
            parameters.and("entityType", entityType);
        }
        if (entityId != null) {
            query.append(" and entityId = :entityId");
            parameters.and("entityId", entityId);
        }
        return find(query.toString(), Sort.descending("id"), parameters).page(Page.ofSize(limit)).list();
    }

    /** Every entry of one record, newest first. */
    public List<AuditEntry> of(String entityType, String entityId) {
        return list("entityType = ?1 and entityId = ?2", Sort.descending("id"), entityType, entityId);
    }
}
