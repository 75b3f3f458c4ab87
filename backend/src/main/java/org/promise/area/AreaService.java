package org.promise.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.promise.common.error.FieldError;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AreaService {

    private static final Comparator<AreaView> LISTING_ORDER =
            Comparator.comparing(AreaView::kind).thenComparing(AreaView::name);

    private final AreaRepository repository;

    public AreaService(AreaRepository repository) {
        this.repository = repository;
    }

    public List<AreaView> list(Optional<AreaKind> kind) {
        List<Area> areas = kind.map(k -> repository.list("kind", k)).orElseGet(repository::listAll);
        return areas.stream().map(AreaView::of).sorted(LISTING_ORDER).toList();
    }

    public Optional<AreaView> find(String code) {
        return repository.findByIdOptional(code).map(AreaView::of);
    }

    /** The local authority with this code, if Promise serves one (England, regions and neighbour groups are not). */
    public Optional<AreaView> findLocalAuthority(String code) {
        return find(code).filter(area -> area.kind() == AreaKind.LOCAL_AUTHORITY);
    }

    /** The field error for data given to an area that is not a local authority Promise serves, if it is not one. */
    public Optional<FieldError> checkLocalAuthority(String field, String code) {
        return findLocalAuthority(code).isPresent() ? Optional.empty()
                : Optional.of(new FieldError(field, "unknown", code + " is not a local authority that Promise serves"));
    }

    /** An "unknown" error, under this parameter's name, for each code that names no area. */
    public List<FieldError> unknownCodes(String parameter, Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Set<String> known = repository.byCodes(codes).stream().map(area -> area.code).collect(Collectors.toSet());
        return codes.stream().filter(code -> !known.contains(code))
                .map(code -> new FieldError(parameter, "unknown", "There is no area " + code)).toList();
    }

    /** Every area by its code, for features that check many rows against them at once. */
    public Map<String, Area> allByCode() {
        return repository.byCode();
    }

    public List<AreaView> byCodes(Collection<String> codes) {
        return repository.byCodes(codes).stream().map(AreaView::of).sorted(LISTING_ORDER).toList();
    }
}
