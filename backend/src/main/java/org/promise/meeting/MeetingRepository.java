package org.promise.meeting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, Long> {

    /**
     * The meeting, locked until the transaction ends: a change to it or to its parts waits for one in progress and
     * then sees its version, so that of two writers quoting the same ETag the second is told it is stale (412).
     */
    public Optional<Meeting> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Meeting> ofAuthority(String authority) {
        return list("authority", Sort.by("date").and("id"), authority);
    }
}
