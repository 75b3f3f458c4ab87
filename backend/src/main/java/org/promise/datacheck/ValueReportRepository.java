package org.promise.datacheck;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.promise.common.persistence.ListParameters;

@ApplicationScoped
public class ValueReportRepository implements PanacheRepositoryBase<ValueReport, Long> {

    public List<ValueReport> ofAuthority(String authority) {
        return ofAuthorities(List.of(authority));
    }

    public List<ValueReport> ofAuthorities(Collection<String> authorities) {
        return ListParameters.list(getSession(), ValueReport.class,
                "from ValueReport where authorityCode in :mine order by indicatorCode, periodCode, id",
                Map.of("mine", authorities));
    }
}
