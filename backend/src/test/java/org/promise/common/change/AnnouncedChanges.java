package org.promise.common.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every change the application announced and then committed, in order, for tests that count announcements. */
@ApplicationScoped
class AnnouncedChanges {

    private final List<FiguresChanged> committed = new CopyOnWriteArrayList<>();

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) FiguresChanged change) {
        committed.add(change);
    }

    /** How many so far: a mark to read {@link #since} from. */
    int count() {
        return committed.size();
    }

    List<FiguresChanged> since(int mark) {
        return List.copyOf(committed.subList(mark, committed.size()));
    }
}
