package org.promise.actionplan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.promise.common.persistence.ListParameters;

@ApplicationScoped
public class ItemQuestionRepository implements PanacheRepositoryBase<ItemQuestion, Long> {

    public List<ItemQuestion> of(long itemId) {
        return list("itemId", Sort.by("id"), itemId);
    }

    /** The questions on these items that wait for an answer, the oldest first. */
    public List<ItemQuestion> unansweredOn(Collection<Long> itemIds) {
        return itemIds.isEmpty() ? List.of()
                : ListParameters.list(getSession(), ItemQuestion.class,
                        "from ItemQuestion where itemId in :items and answer is null order by askedAt, id",
                        Map.of("items", itemIds));
    }
}
