package org.promise.area;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class AreaRepository implements PanacheRepositoryBase<Area, String> {

    /** Every area by its code: the table is small, and imports check each row against it. */
    public Map<String, Area> byCode() {
        return listAll().stream().collect(Collectors.toMap(area -> area.code, Function.identity()));
    }

    /**
     * The areas with these codes. The codes are bound as a list: bound as one value, as Panache binds it, Hibernate
     * first tries the whole collection as a code, and builds and catches an exception with its stack trace to learn
     * that it is not one, on every call (docs/performance.md).
     */
    public List<Area> byCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : getSession().createSelectionQuery("from Area where code in :codes",
                Area.class).setParameterList("codes", codes).getResultList();
    }
}
