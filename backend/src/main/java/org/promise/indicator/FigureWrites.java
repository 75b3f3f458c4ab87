package org.promise.indicator;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.security.Caller;
import org.promise.common.time.Clocks;
import org.promise.period.Period;
import org.promise.scorecard.ScorecardCache;

/**
 * Putting and deleting one figure, the same way for values and targets: If-Match rules, nothing written when nothing
 * changes, who and when stamped, the scorecards told, and the change audited with before and after.
 */
@ApplicationScoped
public class FigureWrites {

    /** What a kind of figure is called and how it is made and shown. */
    public record Kind<F extends Figure, V>(String auditType, String noun, Supplier<F> fresh, Function<F, V> view) {
    }

    public record Saved<V>(V view, long version, boolean created) {
    }

    private final AuditService audit;
    private final ScorecardCache scorecards;
    private final Caller caller;
    private final Clock clock;

    public FigureWrites(AuditService audit, ScorecardCache scorecards, Caller caller, Clock clock) {
        this.audit = audit;
        this.scorecards = scorecards;
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
            scorecards.changed();
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
        scorecards.changed();
        V after = kind.view().apply(figure);
        audit.record(kind.auditType(), figure.auditId(), AuditAction.UPDATE, before, after);
        return new Saved<>(after, figure.version, false);
    }

    public <F extends Figure, V> void delete(Kind<F, V> kind, F figure, String ifMatch) {
        EntityTags.requireCurrent(ifMatch, figure.version);
        audit.record(kind.auditType(), figure.auditId(), AuditAction.DELETE, kind.view().apply(figure), null);
        figure.delete();
        scorecards.changed();
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
