package org.promise.strategy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class StrategyRepository implements PanacheRepositoryBase<Strategy, Long> {

    public List<Strategy> of(String authority) {
        Sort newestFirst = Sort.by("startYear", Sort.Direction.Descending);
        return authority == null ? listAll(Sort.by("authority").and("startYear", Sort.Direction.Descending))
                : list("authority", newestFirst, authority);
    }
}
