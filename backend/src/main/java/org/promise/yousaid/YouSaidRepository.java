package org.promise.yousaid;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class YouSaidRepository implements PanacheRepositoryBase<YouSaid, Long> {

    public List<YouSaid> of(String authority) {
        return list("authority", Sort.by("position").and("id"), authority);
    }

    public int nextPosition(String authority) {
        Integer max = getEntityManager()
                .createQuery("select max(y.position) from YouSaid y where y.authority = :authority", Integer.class)
                .setParameter("authority", authority).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public List<YouSaidEntry> entriesOf(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : getEntityManager().createQuery(
                "select e from YouSaidEntry e where e.youSaidId in :ids order by e.position, e.id", YouSaidEntry.class)
                .setParameter("ids", ids).getResultList();
    }

    public int nextEntryPosition(long id) {
        Integer max = getEntityManager()
                .createQuery("select max(e.position) from YouSaidEntry e where e.youSaidId = :id", Integer.class)
                .setParameter("id", id).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
