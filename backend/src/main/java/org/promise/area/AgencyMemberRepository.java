package org.promise.area;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class AgencyMemberRepository implements PanacheRepositoryBase<AgencyMember, AgencyMember.Key> {

    /** The memberships of these agencies, and of these authorities: either side of the link. */
    public List<AgencyMember> involving(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("agencyCode in ?1 or memberCode in ?1", codes);
    }
}
