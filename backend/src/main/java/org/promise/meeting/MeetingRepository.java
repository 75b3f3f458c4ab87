package org.promise.meeting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, Long> {

    /**
     * The meeting, locked until the transaction ends: a change to it or to its parts waits for one in progress and
     * then sees its version, so that of two writers quoting the same ETag the second is told it is stale (412).
     */
    public Optional<Meeting> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** How many meetings each authority holds on or after the day, cancelled ones left out. */
    public Map<String, Long> upcomingCounts(LocalDate from) {
        return getEntityManager().createQuery("select m.authority, count(m) from Meeting m where m.date >= ?1"
                + " and m.status <> ?2 group by m.authority", Object[].class)
                .setParameter(1, from).setParameter(2, MeetingStatus.CANCELLED).getResultList().stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }

    public List<Meeting> ofAuthority(String authority) {
        return list("authority", Sort.by("date").and("id"), authority);
    }
}
