package org.promise.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Reports by id; the list and the search read them in one SQL statement ({@link ReportSearch}). */
@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, Long> {
}
