package org.promise.scorecard;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.promise.common.change.FiguresMayHaveChanged;

/**
 * Scorecards are read far more often than their figures change, so calculated ones are kept until a value, a
 * target or an indicator changes ({@link FiguresMayHaveChanged}: committed here, or announced by any instance of
 * the API through the database). Every card shows the whole catalogue and its comparators' values, so any change
 * empties the whole cache. It is emptied once the change has committed: a reader that began earlier has its card
 * dropped with the rest (the cache forgets a card still being calculated), and one that begins later reads the new
 * figures. Entries also expire after a minute (see application.properties), which bounds how stale a scorecard can
 * be when figures are changed behind the API's back or while an instance cannot hear the others.
 */
@ApplicationScoped
public class ScorecardCache {

    static final String NAME = "scorecards";
    /**
     * What every scorecard reads besides its figures: the catalogue, each authority's comparator areas and whether it
     * publishes its scorecard. It is kept and emptied with the scorecards (the catalogue first), so that no card is
     * calculated from a catalogue older than the last change this instance has heard of.
     */
    static final String REFERENCE = "scorecard-reference";

    private final Cache cache;
    private final Cache reference;

    public ScorecardCache(@CacheName(NAME) Cache cache, @CacheName(REFERENCE) Cache reference) {
        this.cache = cache;
        this.reference = reference;
    }

    void drop(@Observes FiguresMayHaveChanged change) {
        reference.invalidateAll().await().indefinitely();
        cache.invalidateAll().await().indefinitely();
    }
}
