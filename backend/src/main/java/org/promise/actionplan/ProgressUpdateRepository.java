package org.promise.actionplan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.promise.common.persistence.ListParameters;

@ApplicationScoped
public class ProgressUpdateRepository implements PanacheRepositoryBase<ProgressUpdate, Long> {

    /** Oldest first: the order in which the story was told. */
    public List<ProgressUpdate> of(Collection<Long> itemIds) {
        return itemIds.isEmpty() ? List.of()
                : ListParameters.list(getSession(), ProgressUpdate.class,
                        "from ProgressUpdate u where u.itemId in :items order by u.date, u.id",
                        Map.of("items", itemIds));
    }

    /** Each item's latest update, in one query for a whole plan (one index scan per item). */
    public Map<Long, ProgressUpdate> latestOf(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        List<ProgressUpdate> latest = getSession().createNativeQuery("""
                select distinct on (item_id) * from progress_update where item_id in (:items)
                order by item_id, update_date desc, id desc""", ProgressUpdate.class)
                .setParameterList("items", itemIds).getResultList();
        return latest.stream().collect(Collectors.toMap(update -> update.itemId, update -> update));
    }
}
