package org.promise.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {
}
