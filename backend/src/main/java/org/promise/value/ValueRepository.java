package org.promise.value;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.promise.common.persistence.ListParameters;
import org.promise.figure.ValueStatus;

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
        return ListParameters.list(getSession(), IndicatorValue.class, "from IndicatorValue where " + query
                + " order by indicatorCode, areaCode, periodEnd, periodCode", parameters.map());
    }

    /** The periods in which each of the areas has a published value: final, of an indicator that is published. */
    public Map<String, Set<String>> publishedPeriods(Collection<String> areas) {
        if (areas.isEmpty()) {
            return Map.of();
        }
        return ListParameters.list(getSession(), Object[].class, "select distinct v.areaCode, v.periodCode"
                + " from IndicatorValue v where v.areaCode in :areas and v.status = :status"
                + " and v.indicatorCode not in (select i.code from Indicator i where i.internalOnly)",
                Map.of("areas", areas, "status", ValueStatus.FINAL)).stream()
                .collect(java.util.stream.Collectors.groupingBy(row -> (String) row[0],
                        java.util.stream.Collectors.mapping(row -> (String) row[1], java.util.stream.Collectors.toSet())));
    }

    /**
     * How many values an area has in each period: final ones of indicators that are not internal-only, and
     * provisional ones and internal-only indicators' ones when asked.
     */
    public Map<String, Long> countByPeriod(String area, boolean withProvisional, boolean withInternal) {
        String query = "select v.periodCode, count(v) from IndicatorValue v where v.areaCode = ?1"
                + (withProvisional ? "" : " and v.status = ?2")
                + (withInternal ? "" : " and v.indicatorCode not in (select i.code from Indicator i where i.internalOnly)")
                + " group by v.periodCode";
        var counting = getEntityManager().createQuery(query, Object[].class).setParameter(1, area);
        if (!withProvisional) {
            counting.setParameter(2, ValueStatus.FINAL);
        }
        return counting.getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }
}
