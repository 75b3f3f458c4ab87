package org.promise.actionplan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.promise.common.persistence.ListParameters;

@ApplicationScoped
public class ActionItemRepository implements PanacheRepositoryBase<ActionItem, Long> {

    public List<ActionItem> inPlan(long planId) {
        return list("planId", Sort.by("position").and("id"), planId);
    }

    public List<ActionItem> inPlans(Collection<Long> planIds) {
        return planIds.isEmpty() ? List.of() : ListParameters.list(getSession(), ActionItem.class,
                "from ActionItem i where i.planId in :plans order by i.planId, i.position", Map.of("plans", planIds));
    }

    public List<ActionItem> byIds(Collection<Long> ids) {
        return ListParameters.byIds(getSession(), ActionItem.class, ids);
    }

    /** The items carried forward from these, keyed by the item they came from. */
    public Map<Long, ActionItem> successorsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ListParameters.list(getSession(), ActionItem.class, "from ActionItem where carriedFromId in :ids",
                Map.of("ids", ids)).stream()
                .collect(Collectors.toMap(item -> item.carriedFromId, item -> item));
    }

    public Optional<ActionItem> successorOf(long id) {
        return find("carriedFromId", id).firstResultOptional();
    }

    public List<String> lettersIn(long planId) {
        return getEntityManager().createQuery("select i.letter from ActionItem i where i.planId = :plan", String.class)
                .setParameter("plan", planId).getResultList();
    }

    public int nextPosition(long planId) {
        Integer max = getEntityManager()
                .createQuery("select max(i.position) from ActionItem i where i.planId = :plan", Integer.class)
                .setParameter("plan", planId).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
