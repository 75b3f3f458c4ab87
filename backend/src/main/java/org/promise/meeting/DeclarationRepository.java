package org.promise.meeting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DeclarationRepository implements PanacheRepositoryBase<Declaration, Long> {
}
