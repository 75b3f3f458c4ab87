package org.promise.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * An entity quoted by version (its ETag), which Hibernate moves on every change it writes, and when it last
 * changed; {@link Stamps} and the figures' writes set the time.
 */
@MappedSuperclass
public abstract class Versioned extends PanacheEntityBase {

    @Version
    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
