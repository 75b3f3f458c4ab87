package org.promise.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

    /** Whether any value or target has been reported for the indicator. */
    public boolean hasFigures(String code) {
        Object found = getEntityManager().createNativeQuery("select exists (select 1 from indicator_value where "
                + "indicator_code = ?1) or exists (select 1 from target where indicator_code = ?1)")
                .setParameter(1, code).getSingleResult();
        return Boolean.TRUE.equals(found);
    }
}
