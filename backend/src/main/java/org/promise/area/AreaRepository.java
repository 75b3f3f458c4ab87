package org.promise.area;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class AreaRepository implements PanacheRepositoryBase<Area, String> {

    /** An authority with the areas it is compared with: England, its region and its statistical neighbours. */
    public List<Area> withComparators(String authority, String england) {
        return list("code in ?1 or code = (select b.parentCode from Area b where b.code = ?2)",
                List.of(authority, england, "SN-" + authority), authority);
    }

    public List<Area> byCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("code in ?1", codes);
    }
}
