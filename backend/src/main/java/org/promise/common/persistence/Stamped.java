package org.promise.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * An entity that is edited as a whole and quoted by version (its ETag): when it was made and last changed, and its
 * version, which Hibernate moves on every change it writes. {@link Stamps} sets the times.
 */
@MappedSuperclass
public abstract class Stamped extends PanacheEntityBase {

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
