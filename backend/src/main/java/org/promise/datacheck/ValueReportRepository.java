package org.promise.datacheck;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ValueReportRepository implements PanacheRepositoryBase<ValueReport, Long> {

    public List<ValueReport> ofAuthority(String authority) {
        return list("authorityCode", Sort.by("indicatorCode").and("periodCode").and("id"), authority);
    }
}
