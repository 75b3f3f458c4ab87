package org.promise.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/** A {@link Versioned} entity that is edited as a whole and also says when it was made; {@link Stamps} sets both. */
@MappedSuperclass
public abstract class Stamped extends Versioned {

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
