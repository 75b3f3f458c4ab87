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

    /** Each item's latest update, in one query for a whole plan. */
    public Map<Long, ProgressUpdate> latestOf(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("""
                select u from ProgressUpdate u where u.itemId in :items and u.id = (
                    select max(v.id) from ProgressUpdate v where v.itemId = u.itemId and v.date = (
                        select max(w.date) from ProgressUpdate w where w.itemId = u.itemId))""", ProgressUpdate.class)
                .setParameter("items", itemIds).getResultList().stream()
                .collect(Collectors.toMap(update -> update.itemId, update -> update));
    }
}
