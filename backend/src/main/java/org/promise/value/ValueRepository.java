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

    /**
     * The latest final value of each indicator in each comparator area, up to a date: one index probe per pair,
     * answered from the index, rather than every earlier value.
     */
    @SuppressWarnings("unchecked")
    public List<ValueRow> latestFinal(Collection<String> areas, Collection<String> indicators, LocalDate end) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select v.indicator_code, v.area_code, v.period_code, v.period_end, v.value, v.symbol, v.numerator,
                       v.denominator, v.status
                from unnest(cast(?1 as varchar[])) as a(code)
                cross join unnest(cast(?2 as varchar[])) as i(code)
                cross join lateral (
                    select * from indicator_value x
                    where x.area_code = a.code and x.indicator_code = i.code and x.period_end <= ?3
                      and x.status = 'final'
                    order by x.period_end desc
                    limit 1) v
                """)
                .setParameter(1, areas.toArray(String[]::new))
                .setParameter(2, indicators.toArray(String[]::new))
                .setParameter(3, end)
                .getResultList();
        return rows.stream().map(r -> new ValueRow((String) r[0], (String) r[1], (String) r[2],
                        r[3] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) r[3],
                        (java.math.BigDecimal) r[4],
                        r[5] == null ? null : org.promise.common.wire.WireValue.parse(
                                org.promise.indicator.StatisticalSymbol.class, (String) r[5]).orElseThrow(),
                        (java.math.BigDecimal) r[6], (java.math.BigDecimal) r[7], ValueStatus.FINAL))
                .toList();
    }

    /**
     * The values of some indicators and areas up to a date, oldest first, as plain rows: one statement for a whole
     * scorecard. An indicator's values are all of its own period kind, so the period's end orders them.
     */
    public List<ValueRow> forScorecard(Collection<String> areas, Collection<String> indicators, LocalDate end) {
        return find("areaCode in ?1 and indicatorCode in ?2 and periodEnd <= ?3", Sort.by("periodEnd"), areas,
                indicators, end).project(ValueRow.class).list();
    }
}
