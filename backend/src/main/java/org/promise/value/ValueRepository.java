package org.promise.value;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ValueRepository implements PanacheRepositoryBase<IndicatorValue, Long> {

    public Optional<IndicatorValue> findOne(String indicator, String area, String period) {
        return find("indicatorCode = ?1 and areaCode = ?2 and periodCode = ?3", indicator, area, period)
                .firstResultOptional();
    }

    /** Values of some indicators (all when null) and an area (all when null) whose periods end in a range. */
    public List<IndicatorValue> search(Collection<String> indicators, String area, LocalDate fromEnd, LocalDate toEnd) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (indicators != null) {
            query.append(" and indicatorCode in :indicators");
            parameters.and("indicators", indicators);
        }
        if (area != null) {
            query.append(" and areaCode = :area");
            parameters.and("area", area);
        }
        if (fromEnd != null) {
            query.append(" and periodEnd >= :fromEnd");
            parameters.and("fromEnd", fromEnd);
        }
        if (toEnd != null) {
            query.append(" and periodEnd <= :toEnd");
            parameters.and("toEnd", toEnd);
        }
        return find(query.toString(), Sort.by("indicatorCode").and("areaCode").and("periodEnd").and("periodCode"),
                parameters).list();
    }

    /** Every value of some areas up to a date: the choices of a period picker. */
    public List<IndicatorValue> forAreasUpTo(Collection<String> areas, LocalDate end) {
        return list("areaCode in ?1 and periodEnd <= ?2", areas, end);
    }
}
