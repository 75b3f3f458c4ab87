package org.promise.area;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.promise.common.persistence.ListParameters;

@ApplicationScoped
public class AgencyMemberRepository implements PanacheRepositoryBase<AgencyMember, AgencyMember.Key> {

    /** The memberships of these agencies, and of these authorities: either side of the link. */
    public List<AgencyMember> involving(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : ListParameters.list(getSession(), AgencyMember.class,
                "from AgencyMember where agencyCode in :codes or memberCode in :codes", Map.of("codes", codes));
    }
}
