package org.promise.actionplan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ItemQuestionRepository implements PanacheRepositoryBase<ItemQuestion, Long> {

    public List<ItemQuestion> of(long itemId) {
        return list("itemId", Sort.by("id"), itemId);
    }
}
