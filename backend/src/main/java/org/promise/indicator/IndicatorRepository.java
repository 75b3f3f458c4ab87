package org.promise.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

    /** Every indicator by its code, for features that handle many values at once. */
    public Map<String, Indicator> byCode() {
        return listAll().stream().collect(Collectors.toMap(indicator -> indicator.code, Function.identity()));
    }

    /** The codes of the internal-only indicators. */
    public Set<String> internalOnlyCodes() {
        return getEntityManager().createQuery("select i.code from Indicator i where i.internalOnly", String.class)
                .getResultStream().collect(Collectors.toUnmodifiableSet());
    }

    /** Whether any value or target has been reported for the indicator. */
    public boolean hasFigures(String code) {
        Object found = getEntityManager().createNativeQuery("select exists (select 1 from indicator_value where "
                + "indicator_code = ?1) or exists (select 1 from target where indicator_code = ?1)")
                .setParameter(1, code).getSingleResult();
        return Boolean.TRUE.equals(found);
    }
}
