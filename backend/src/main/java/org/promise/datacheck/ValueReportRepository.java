package org.promise.datacheck;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class ValueReportRepository implements PanacheRepositoryBase<ValueReport, Long> {

    public List<ValueReport> ofAuthority(String authority) {
        return ofAuthorities(List.of(authority));
    }

    public List<ValueReport> ofAuthorities(Collection<String> authorities) {
        return list("authorityCode in ?1", Sort.by("indicatorCode").and("periodCode").and("id"), authorities);
    }
}
