package org.promise.common.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.promise.common.sql.PlainSql;

/**
 * Carries {@link FiguresChanged} to every instance of the API through PostgreSQL's NOTIFY. The notice is sent in the
 * writing transaction, so PostgreSQL delivers it exactly when the write commits and never when it rolls back;
 * {@link ChangeListener} receives it on every instance. This instance also drops its own caches once the write has
 * committed, without waiting for the notice to come back, so that a writer reads its own write at once.
 */
@ApplicationScoped
public class ChangeChannel {

    /** PostgreSQL's channel; its payload is {@link FiguresChanged.What}'s name. */
    public static final String NAME = "promise_changes";

    private final PlainSql sql;
    private final Event<FiguresMayHaveChanged> mayHaveChanged;

    public ChangeChannel(PlainSql sql, Event<FiguresMayHaveChanged> mayHaveChanged) {
        this.sql = sql;
        this.mayHaveChanged = mayHaveChanged;
    }

    /** In the writer's transaction: its connection from the pool is the one the write used. */
    void announce(@Observes(during = TransactionPhase.IN_PROGRESS) FiguresChanged change) {
        sql.list("select pg_notify(?, ?)", parameters -> parameters.text(NAME).text(change.what().name()),
                row -> Boolean.TRUE);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) FiguresChanged change) {
        mayHaveChanged.fire(new FiguresMayHaveChanged(FiguresMayHaveChanged.Why.COMMITTED_HERE));
    }
}
