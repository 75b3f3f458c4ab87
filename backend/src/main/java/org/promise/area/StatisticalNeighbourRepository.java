package org.promise.area;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.promise.common.persistence.ListParameters;

@ApplicationScoped
public class StatisticalNeighbourRepository
        implements PanacheRepositoryBase<StatisticalNeighbour, StatisticalNeighbour.Key> {

    /** The members of these groups, nearest first within each group. */
    public List<StatisticalNeighbour> ofGroups(Collection<String> groupCodes) {
        return groupCodes.isEmpty() ? List.of() : ListParameters.list(getSession(), StatisticalNeighbour.class,
                "from StatisticalNeighbour where groupCode in :groups order by groupCode, rank",
                Map.of("groups", groupCodes));
    }
}
