package org.promise.pack;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.promise.common.persistence.ListParameters;

@ApplicationScoped
public class PerformancePackRepository implements PanacheRepositoryBase<PerformancePack, Long> {

    /** What a list asks for; each filter left null lists every pack. */
    public record Filter(String authority, String period, PackStatus status, Long meeting) {
    }

    /** The packs of these authorities (of every one when {@code everything}) that pass the filter, newest first. */
    public List<PerformancePack> visible(Set<String> authorities, boolean everything, Filter filter) {
        StringBuilder query = new StringBuilder(everything ? "1 = 1" : "authority in :mine");
        Parameters parameters = new Parameters();
        if (!everything) {
            // "in ()" is not valid SQL; no authority can have this code.
            parameters.and("mine", authorities.isEmpty() ? Set.of("-") : authorities);
        }
        if (filter.authority() != null) {
            query.append(" and authority = :authority");
            parameters.and("authority", filter.authority());
        }
        if (filter.period() != null) {
            query.append(" and period = :period");
            parameters.and("period", filter.period());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.meeting() != null) {
            query.append(" and meetingId = :meeting");
            parameters.and("meeting", filter.meeting());
        }
        return ListParameters.list(getSession(), PerformancePack.class,
                "from PerformancePack where " + query + " order by id desc", parameters.map());
    }
}
