package org.promise.area;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class StatisticalNeighbourRepository
        implements PanacheRepositoryBase<StatisticalNeighbour, StatisticalNeighbour.Key> {

    /** The members of these groups, nearest first within each group. */
    public List<StatisticalNeighbour> ofGroups(Collection<String> groupCodes) {
        return groupCodes.isEmpty() ? List.of() : list("groupCode in ?1 order by groupCode, rank", groupCodes);
    }
}
