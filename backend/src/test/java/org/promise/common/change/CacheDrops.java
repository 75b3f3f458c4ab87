package org.promise.common.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every time the caches of figures were told to empty, and why, for tests that wait for one. */
@ApplicationScoped
class CacheDrops {

    private final List<FiguresMayHaveChanged.Why> reasons = new CopyOnWriteArrayList<>();

    void record(@Observes FiguresMayHaveChanged change) {
        reasons.add(change.why());
    }

    /** How many so far: a mark to wait from. */
    int count() {
        return reasons.size();
    }

    List<FiguresMayHaveChanged.Why> since(int mark) {
        return List.copyOf(reasons.subList(mark, reasons.size()));
    }

    /** The reasons since {@code mark} once they include each of {@code expected}, or whatever came within the time. */
    List<FiguresMayHaveChanged.Why> awaitSince(int mark, Duration within, FiguresMayHaveChanged.Why... expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!since(mark).containsAll(List.of(expected)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return since(mark);
    }
}
