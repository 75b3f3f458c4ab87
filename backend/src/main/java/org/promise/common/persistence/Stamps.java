package org.promise.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.promise.common.time.Clocks;

/** Sets the times of {@link Stamped} entities, from the one clock. */
@ApplicationScoped
public class Stamps {

    private final Clock clock;

    public Stamps(Clock clock) {
        this.clock = clock;
    }

    /** A new entity: made and changed now. */
    public void created(Stamped entity) {
        entity.createdAt = Clocks.timestamp(clock);
        entity.updatedAt = entity.createdAt;
    }

    /**
     * A change to the entity or to what it holds (an item's progress updates, an ask's entries): changing the time
     * also moves its version, so a client holding the old one is told that it changed.
     */
    public void changed(Stamped entity) {
        entity.updatedAt = Clocks.timestamp(clock);
    }
}
