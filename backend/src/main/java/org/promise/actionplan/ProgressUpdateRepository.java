package org.promise.actionplan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProgressUpdateRepository implements PanacheRepositoryBase<ProgressUpdate, Long> {

    /** Oldest first: the order in which the story was told. */
    public List<ProgressUpdate> of(Collection<Long> itemIds) {
        return itemIds.isEmpty() ? List.of()
                : list("itemId in ?1", Sort.by("date").and("id"), itemIds);
    }

    /** Each item's latest update, in one query for a whole plan (one index scan per item). */
    @SuppressWarnings("unchecked")
    public Map<Long, ProgressUpdate> latestOf(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        List<ProgressUpdate> latest = getEntityManager().createNativeQuery("""
                select distinct on (item_id) * from progress_update where item_id in (:items)
                order by item_id, update_date desc, id desc""", ProgressUpdate.class)
                .setParameter("items", itemIds).getResultList();
        return latest.stream().collect(Collectors.toMap(update -> update.itemId, update -> update));
    }
}
