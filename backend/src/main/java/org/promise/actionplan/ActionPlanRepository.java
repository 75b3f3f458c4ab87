package org.promise.actionplan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.promise.common.persistence.ListParameters;

@ApplicationScoped
public class ActionPlanRepository implements PanacheRepositoryBase<ActionPlan, Long> {

    public List<ActionPlan> of(String authority) {
        return authority == null
                ? listAll(Sort.by("authority").and("startYear", Sort.Direction.Descending))
                : list("authority", Sort.by("startYear", Sort.Direction.Descending), authority);
    }

    public Optional<ActionPlan> forYear(String authority, int startYear) {
        return find("authority = ?1 and startYear = ?2", authority, startYear).firstResultOptional();
    }

    /** Locks the plan so that two people carrying it forward at once take turns. */
    public Optional<ActionPlan> lockForChange(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<ActionPlan> byIds(Collection<Long> ids) {
        return ListParameters.byIds(getSession(), ActionPlan.class, ids);
    }
}
