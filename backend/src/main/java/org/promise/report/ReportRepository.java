package org.promise.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.promise.common.persistence.ListParameters;

/** Reports by id; the list and the search read them in one SQL statement ({@link ReportSearch}). */
@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, Long> {

    public List<Report> byIds(Collection<Long> ids) {
        return ListParameters.byIds(getSession(), Report.class, ids);
    }
}
