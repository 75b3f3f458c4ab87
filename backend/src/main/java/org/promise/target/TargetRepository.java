package org.promise.target;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.promise.common.persistence.ListParameters;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, Long> {

    public Optional<Target> findOne(String indicator, String area, String period) {
        return find("indicatorCode = ?1 and areaCode = ?2 and periodCode = ?3", indicator, area, period)
                .firstResultOptional();
    }

    /** The targets of these indicators in these areas, in every period. */
    public List<Target> of(Collection<String> indicators, Collection<String> areas) {
        return indicators.isEmpty() || areas.isEmpty() ? List.of() : ListParameters.list(getSession(), Target.class,
                "from Target where indicatorCode in :indicators and areaCode in :areas",
                Map.of("indicators", indicators, "areas", areas));
    }

    /** How many targets an area has in each period (of internal-only indicators too, when asked). */
    public Map<String, Long> countByPeriod(String area, boolean withInternal) {
        return getEntityManager().createQuery("select t.periodCode, count(t) from Target t where t.areaCode = ?1 "
                        + (withInternal ? "" : "and t.indicatorCode not in (select i.code from Indicator i "
                        + "where i.internalOnly) ")
                        + "group by t.periodCode", Object[].class)
                .setParameter(1, area).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }
}
