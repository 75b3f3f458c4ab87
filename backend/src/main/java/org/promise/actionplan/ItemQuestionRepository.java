package org.promise.actionplan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class ItemQuestionRepository implements PanacheRepositoryBase<ItemQuestion, Long> {

    public List<ItemQuestion> of(long itemId) {
        return list("itemId", Sort.by("id"), itemId);
    }

    /** The questions on these items that wait for an answer, the oldest first. */
    public List<ItemQuestion> unansweredOn(Collection<Long> itemIds) {
        return itemIds.isEmpty() ? List.of()
                : list("itemId in ?1 and answer is null", Sort.by("askedAt").and("id"), itemIds);
    }
}
