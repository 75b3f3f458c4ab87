package org.promise.figure;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.audit.ChangeHistory;
import org.promise.common.change.FiguresChanged;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.security.Caller;
import org.promise.common.time.Clocks;
import org.promise.period.Period;

/**
 * Putting and deleting one figure, the same way for values and targets: If-Match rules, nothing written when nothing
 * changes, who and when stamped, the change announced, and the change audited with before and after.
 */
@ApplicationScoped
public class FigureWrites {

    /** What a kind of figure is called and how it is made and shown. */
    public record Kind<F extends Figure, V>(String auditType, String noun, FiguresChanged.What what, Supplier<F> fresh,
            Function<F, V> view) {
    }

    public record Saved<V>(V view, long version, boolean created) {
    }

    private final AuditService audit;
    private final Event<FiguresChanged> changed;
    private final Caller caller;
    private final Clock clock;

    public FigureWrites(AuditService audit, Event<FiguresChanged> changed, Caller caller, Clock clock) {
        this.audit = audit;
        this.changed = changed;
        this.caller = caller;
        this.clock = clock;
    }

    /** Creates the figure (without If-Match) or changes the one that exists (with its current ETag). */
    public <F extends Figure, V> Saved<V> put(Kind<F, V> kind, Optional<F> existing, String indicator, String area,
            Period period, String ifMatch, Predicate<F> unchanged, Consumer<F> apply) {
        if (existing.isEmpty()) {
            EntityTags.requireNoneForNew(ifMatch, kind.noun() + " for " + period.code());
            F figure = kind.fresh().get();
            figure.placeAt(indicator, area, period);
            change(figure, apply);
            figure.persistAndFlush();
            changed.fire(new FiguresChanged(kind.what()));
            V created = kind.view().apply(figure);
            audit.record(kind.auditType(), figure.auditId(), AuditAction.CREATE, null, created);
            return new Saved<>(created, figure.version, true);
        }
        F figure = existing.get();
        EntityTags.requireCurrent(ifMatch, figure.version);
        if (unchanged.test(figure)) {
            return new Saved<>(kind.view().apply(figure), figure.version, false);
        }
        V before = kind.view().apply(figure);
        change(figure, apply);
        Panache.getEntityManager().flush();
        changed.fire(new FiguresChanged(kind.what()));
        V after = kind.view().apply(figure);
        audit.record(kind.auditType(), figure.auditId(), AuditAction.UPDATE, before, after);
        return new Saved<>(after, figure.version, false);
    }

    public <F extends Figure, V> void delete(Kind<F, V> kind, F figure, String ifMatch) {
        EntityTags.requireCurrent(ifMatch, figure.version);
        audit.record(kind.auditType(), figure.auditId(), AuditAction.DELETE, kind.view().apply(figure), null);
        figure.delete();
        changed.fire(new FiguresChanged(kind.what()));
    }

    /** Who changed the figure and how, for the area's insiders; kept after the figure is removed. */
    public ChangeHistory history(Kind<?, ?> kind, String indicator, String area, Period period) {
        caller.requireInsider(area, "The history of a " + kind.noun());
        return audit.history(kind.auditType(), Figure.auditId(indicator, area, period.code()));
    }

    private <F extends Figure> void change(F figure, Consumer<F> apply) {
        apply.accept(figure);
        stamp(figure);
    }

    /** When and by whom a figure was last changed; its version moves with the write. */
    public void stamp(Figure figure) {
        figure.updatedAt = Clocks.timestamp(clock);
        figure.updatedBy = caller.name();
    }
}
