package org.promise.area;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.promise.common.persistence.ListParameters;

@ApplicationScoped
public class AreaRepository implements PanacheRepositoryBase<Area, String> {

    /** Every area by its code: the table is small, and imports check each row against it. */
    public Map<String, Area> byCode() {
        return listAll().stream().collect(Collectors.toMap(area -> area.code, Function.identity()));
    }

    /** The areas with these codes. */
    public List<Area> byCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of()
                : ListParameters.list(getSession(), Area.class, "from Area where code in :codes",
                        Map.of("codes", codes));
    }
}
