package org.promise.datacheck;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.promise.common.change.FiguresMayHaveChanged;
import org.promise.disclosure.Audience;

/**
 * Every indicator's usual change is a median over every area's history: one statement that reads the whole table
 * (about half a second on a national catalogue), the same for every authority a reader checks, and changed only when
 * a figure changes. It is kept per audience (what its readers may read of the figures) until a value, target or
 * indicator changes ({@link FiguresMayHaveChanged}, once the change has committed here or on another instance, as
 * {@code ScorecardCache} does) and for at most a minute (application.properties), which bounds how stale it can be
 * after a change made behind the API's back or while an instance cannot hear the others. A write's own checks read it fresh: they must see the figures just written.
 */
@ApplicationScoped
public class UsualChangeCache {

    static final String NAME = "usual-changes";

    private final Cache cache;

    public UsualChangeCache(@CacheName(NAME) Cache cache) {
        this.cache = cache;
    }

    /** The usual changes this audience reads, calculated by {@code calculation} when none are kept. */
    Map<String, DataRules.UsualChange> get(Audience audience, Supplier<Map<String, DataRules.UsualChange>> calculation) {
        return cache.<String, Map<String, DataRules.UsualChange>>get(key(audience), ignored -> calculation.get())
                .await().indefinitely();
    }

    /** Audiences that read the same figures share an entry, whatever the order of their areas. */
    static String key(Audience audience) {
        return audience.everyArea() + "|" + sorted(audience.provisionalAreas()) + "|"
                + sorted(audience.internalAreas());
    }

    private static String sorted(String[] areas) {
        return String.join(",", Arrays.stream(areas).sorted().distinct().toList());
    }

    void drop(@Observes FiguresMayHaveChanged change) {
        cache.invalidateAll().await().indefinitely();
    }
}
