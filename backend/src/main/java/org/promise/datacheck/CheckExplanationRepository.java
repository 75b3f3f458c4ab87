package org.promise.datacheck;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.promise.common.persistence.ListParameters;

@ApplicationScoped
public class CheckExplanationRepository implements PanacheRepositoryBase<CheckExplanation, Long> {

    public List<CheckExplanation> ofAuthorities(Collection<String> authorities) {
        return ListParameters.list(getSession(), CheckExplanation.class,
                "from CheckExplanation where authorityCode in :mine", Map.of("mine", authorities));
    }

    public Optional<CheckExplanation> findOne(String authority, String key) {
        return find("authorityCode = ?1 and checkKey = ?2", authority, key).firstResultOptional();
    }
}
