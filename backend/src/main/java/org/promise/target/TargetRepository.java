package org.promise.target;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, Long> {

    public Optional<Target> findOne(String indicator, String area, String period) {
        return find("indicatorCode = ?1 and areaCode = ?2 and periodCode = ?3", indicator, area, period)
                .firstResultOptional();
    }

    public List<Target> forAreaAndPeriods(String area, Collection<String> periods) {
        return periods.isEmpty() ? List.of() : list("areaCode = ?1 and periodCode in ?2", area, periods);
    }
}
