package org.promise.area;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;
import org.promise.common.security.SharedAreas;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AreaService implements SharedAreas {

    /** Areas are listed by kind (England first), then by name. */
    private static final Comparator<Area> LISTING_ORDER =
            Comparator.comparing((Area area) -> area.kind).thenComparing(area -> area.name);

    private final AreaRepository repository;
    private final AgencyMemberRepository memberships;
    private final StatisticalNeighbourRepository neighbours;

    public AreaService(AreaRepository repository, AgencyMemberRepository memberships,
            StatisticalNeighbourRepository neighbours) {
        this.repository = repository;
        this.memberships = memberships;
        this.neighbours = neighbours;
    }

    public List<AreaView> list(Optional<AreaKind> kind) {
        return views(kind.map(k -> repository.list("kind", k)).orElseGet(repository::listAll));
    }

    public Optional<AreaView> find(String code) {
        return repository.findByIdOptional(code).map(area -> views(List.of(area)).get(0));
    }

    /** Memberships change only with a migration, so the answer is kept (see application.properties). */
    @Override
    @CacheResult(cacheName = "shared-areas")
    public Set<String> sharedBy(Set<String> authorities) {
        return memberships.involving(authorities).stream().filter(link -> authorities.contains(link.memberCode))
                .map(link -> link.agencyCode).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The areas with their agencies' members, their neighbour groups' members and their authorities' agencies, named:
     * three statements in all (two when no neighbour group is among them).
     */
    private List<AreaView> views(List<Area> areas) {
        List<AgencyMember> links = memberships.involving(areas.stream().map(area -> area.code).toList());
        Map<String, String> names = repository.byCodes(links.stream()
                        .flatMap(link -> Stream.of(link.agencyCode, link.memberCode)).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(area -> area.code, area -> area.name));
        Map<String, List<AreaView.AreaRef>> members = new HashMap<>(refs(links, link -> link.agencyCode,
                link -> link.memberCode, names));
        Map<String, List<AreaView.AreaRef>> agencies = refs(links, link -> link.memberCode, link -> link.agencyCode,
                names);
        members.putAll(neighbourMembers(areas));
        return areas.stream().sorted(LISTING_ORDER).map(area -> AreaView.of(area,
                members.getOrDefault(area.code, List.of()), agencies.getOrDefault(area.code, List.of()))).toList();
    }

    /** Each neighbour group's member authorities, nearest first as DfE ranks them. */
    private Map<String, List<AreaView.AreaRef>> neighbourMembers(List<Area> areas) {
        List<String> groups = areas.stream().filter(area -> area.kind == AreaKind.STATISTICAL_NEIGHBOURS)
                .map(area -> area.code).toList();
        return neighbours.ofGroups(groups).stream().collect(Collectors.groupingBy(member -> member.groupCode,
                Collectors.mapping(member -> new AreaView.AreaRef(member.memberCode, member.memberName),
                        Collectors.toList())));
    }

    private static Map<String, List<AreaView.AreaRef>> refs(List<AgencyMember> links,
            Function<AgencyMember, String> from, Function<AgencyMember, String> to, Map<String, String> names) {
        return links.stream().collect(Collectors.groupingBy(from, Collectors.collectingAndThen(
                Collectors.mapping(link -> new AreaView.AreaRef(to.apply(link), names.get(to.apply(link))),
                        Collectors.toList()),
                list -> list.stream().sorted(Comparator.comparing(AreaView.AreaRef::name)).toList())));
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

    /** Refuses (400, naming the field) data given to an area that is not a local authority Promise serves. */
    public void requireLocalAuthority(String field, String code) {
        checkLocalAuthority(field, code).ifPresent(error -> {
            throw ApiException.invalid(List.of(error));
        });
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
        return views(repository.byCodes(codes));
    }

    /** The areas with these codes, by code and name only, in the listing's order: one statement. */
    public List<AreaView.AreaRef> named(Collection<String> codes) {
        return repository.byCodes(codes).stream().sorted(LISTING_ORDER)
                .map(area -> new AreaView.AreaRef(area.code, area.name)).toList();
    }
}
