package org.promise.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, Long> {

    /** Public reports, and exempt ones of the given authorities; of one authority when {@code authority} is set. */
    public List<Report> visible(Set<String> privateAuthorities, String authority, boolean everything) {
        StringBuilder query = new StringBuilder(everything ? "1 = 1"
                : "(visibility = :public or authority in :mine)");
        Parameters parameters = new Parameters();
        if (!everything) {
            parameters.and("public", Visibility.PUBLIC)
                    // "in ()" is not valid SQL; no authority can have this code.
                    .and("mine", privateAuthorities.isEmpty() ? Set.of("-") : privateAuthorities);
        }
        if (authority != null) {
            query.append(" and authority = :authority");
            parameters.and("authority", authority);
        }
        return find(query.toString(), Sort.descending("id"), parameters).list();
    }
}
