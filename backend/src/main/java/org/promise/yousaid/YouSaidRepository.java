package org.promise.yousaid;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.promise.common.persistence.ListParameters;

@ApplicationScoped
public class YouSaidRepository implements PanacheRepositoryBase<YouSaid, Long> {

    public List<YouSaid> of(String authority) {
        return list("authority", Sort.by("position").and("id"), authority);
    }

    /** How many "You said, we did" entries each authority has. */
    public Map<String, Long> entryCounts() {
        return getEntityManager().createQuery("select y.authority, count(e) from YouSaidEntry e, YouSaid y"
                + " where e.youSaidId = y.id group by y.authority", Object[].class).getResultList().stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }

    public int nextPosition(String authority) {
        Integer max = getEntityManager()
                .createQuery("select max(y.position) from YouSaid y where y.authority = :authority", Integer.class)
                .setParameter("authority", authority).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public List<YouSaidEntry> entriesOf(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : ListParameters.list(getSession(), YouSaidEntry.class,
                "from YouSaidEntry e where e.youSaidId in :ids order by e.position, e.id", Map.of("ids", ids));
    }

    public int nextEntryPosition(long id) {
        Integer max = getEntityManager()
                .createQuery("select max(e.position) from YouSaidEntry e where e.youSaidId = :id", Integer.class)
                .setParameter("id", id).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
