package org.promise.scorecard;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
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
     * What every scorecard reads besides its figures, each in a cache of its own (a cache keys a method by its
     * arguments alone): each authority's comparator areas, the catalogue, and whether an authority publishes its
     * scorecard. They are kept and emptied with the scorecards (they first), so that no card is calculated from
     * reference data older than the last change this instance has heard of. {@link #FIGURES} keeps each area's values
     * and targets the same way: a card read from it is calculated for the request, from what had committed when the
     * area's figures were read.
     */
    static final String AREAS = "scorecard-areas";
    static final String CATALOGUE = "scorecard-catalogue";
    static final String PUBLISHING = "scorecard-publishing";
    static final String FIGURES = "scorecard-figures";
    /** Cards as the API's own pages read them (the cards as sent are kept as JSON in {@link #NAME}). */
    static final String VIEWS = "scorecard-views";

    private final List<Cache> cards;
    private final List<Cache> reference;

    public ScorecardCache(@CacheName(NAME) Cache cache, @CacheName(VIEWS) Cache views, @CacheName(AREAS) Cache areas,
            @CacheName(CATALOGUE) Cache catalogue, @CacheName(PUBLISHING) Cache publishing,
            @CacheName(FIGURES) Cache figures) {
        this.cards = List.of(cache, views);
        this.reference = List.of(areas, catalogue, publishing, figures);
    }

    void drop(@Observes FiguresMayHaveChanged change) {
        reference.forEach(kept -> kept.invalidateAll().await().indefinitely());
        cards.forEach(kept -> kept.invalidateAll().await().indefinitely());
    }
}
