package org.promise.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.change.FiguresChanged;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;
import org.promise.common.persistence.Stamps;
import org.promise.common.security.Caller;
import org.promise.common.security.Role;

@ApplicationScoped
public class IndicatorService {

    static final String AUDIT_TYPE = "indicator";

    private final IndicatorRepository repository;
    private final AuditService audit;
    private final Event<FiguresChanged> changed;
    private final Caller caller;
    private final Stamps stamps;

    public IndicatorService(IndicatorRepository repository, AuditService audit, Event<FiguresChanged> changed,
            Caller caller, Stamps stamps) {
        this.changed = changed;
        this.caller = caller;
        this.stamps = stamps;
        this.repository = repository;
        this.audit = audit;
    }

    /** The catalogue as this caller sees it: internal-only indicators only for those who see any such figures. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IndicatorView> list(Optional<Priority> priority) {
        List<Indicator> indicators = priority.map(p -> repository.list("priority", p)).orElseGet(repository::listAll);
        return indicators.stream().filter(this::isListed)
                .sorted(Comparator.comparing((Indicator i) -> i.priority).thenComparing(i -> i.name))
                .map(IndicatorView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorView get(String code) {
        return IndicatorView.of(findListed(code));
    }

    /** The indicator as the catalogue shows it to this caller, or 404 (an internal-only one to outsiders). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Indicator findListed(String code) {
        return Optional.of(find(code)).filter(this::isListed)
                .orElseThrow(() -> ApiException.notFound("There is no indicator " + code));
    }

    private boolean isListed(Indicator indicator) {
        return !indicator.internalOnly || seesInternalOnly();
    }

    /** Whether this caller sees internal-only indicators: those who see any such figures, and administrators. */
    private boolean seesInternalOnly() {
        return caller.hasRole(Role.ADMIN) || !caller.internalAuthorities().isEmpty();
    }

    /**
     * The codes this caller may not see: the internal-only indicators' for a caller who sees no such figures, none
     * for others. An internal-only indicator does not exist for the public view, so nothing that links to one (an
     * agenda item, an action item) names it to such a caller either.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> codesHiddenFromCaller() {
        return seesInternalOnly() ? Set.of() : repository.internalOnlyCodes();
    }

    /** The indicator whoever asks, or 404: for administrators' changes to the catalogue. */
    private Indicator find(String code) {
        return repository.findByIdOptional(code)
                .orElseThrow(() -> ApiException.notFound("There is no indicator " + code));
    }

    /**
     * An "unknown" error, under this parameter's name, for each code the catalogue as this caller sees it does not
     * hold: an internal-only indicator is unknown to a caller who may not see it, so that a filter does not answer
     * differently for it than for a code that does not exist.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FieldError> unknownCodes(String parameter, Collection<String> codes) {
        return codes.isEmpty() ? List.of() : unknownCodes(parameter, codes, listed(catalogue()));
    }

    /** The catalogue as this caller sees it, from the whole of it. */
    public Map<String, Indicator> listed(Map<String, Indicator> catalogue) {
        if (seesInternalOnly()) {
            return catalogue;
        }
        Map<String, Indicator> listed = new HashMap<>(catalogue);
        listed.values().removeIf(indicator -> indicator.internalOnly);
        return listed;
    }

    /** The same, against a catalogue the caller has read already. */
    public static List<FieldError> unknownCodes(String parameter, Collection<String> codes,
            Map<String, Indicator> catalogue) {
        return codes.stream().filter(code -> !catalogue.containsKey(code)).map(code -> new FieldError(parameter,
                "unknown", "There is no indicator " + code + " in the catalogue")).toList();
    }

    /** Every indicator by code, for features that read many values at once. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Indicator> catalogue() {
        return repository.byCode();
    }

    @Transactional
    public IndicatorView create(IndicatorInput input) {
        if (repository.findByIdOptional(input.code()).isPresent()) {
            throw ApiException.of(ApiException.Kind.CONFLICT, "There is already an indicator " + input.code());
        }
        checkNumeratorIndicator(input);
        Indicator indicator = new Indicator();
        indicator.code = input.code();
        stamps.created(indicator);
        apply(input, indicator);
        repository.persistAndFlush(indicator);
        changed.fire(new FiguresChanged(FiguresChanged.What.INDICATORS));
        IndicatorView created = IndicatorView.of(indicator);
        audit.record(AUDIT_TYPE, indicator.code, AuditAction.CREATE, null, created);
        return created;
    }

    @Transactional
    public IndicatorView replace(String code, String ifMatch, IndicatorInput input) {
        Indicator indicator = find(code);
        EntityTags.requireCurrent(ifMatch, indicator.version);
        if (!code.equals(input.code())) {
            throw ApiException.invalid("code", "immutable", "An indicator keeps its code (" + code + ")");
        }
        boolean reshaped = indicator.unit != input.unit() || indicator.periodKind != input.periodKind();
        if (reshaped && repository.hasFigures(code)) {
            throw ApiException.invalid(indicator.unit != input.unit() ? "unit" : "periodKind", "immutable",
                    "Values or targets have been reported for " + code + " in its " + indicator.unit.wire() + " by "
                            + indicator.periodKind.wire() + "; add a new indicator rather than change what they mean");
        }
        checkNumeratorIndicator(input);
        IndicatorView before = IndicatorView.of(indicator);
        apply(input, indicator);
        repository.flush();
        changed.fire(new FiguresChanged(FiguresChanged.What.INDICATORS));
        IndicatorView after = IndicatorView.of(indicator);
        audit.record(AUDIT_TYPE, code, AuditAction.UPDATE, before, after);
        return after;
    }

    /** A rate's numerator indicator is a count in the catalogue, and only rates have one. */
    private void checkNumeratorIndicator(IndicatorInput input) {
        String numerator = input.numeratorIndicator();
        if (numerator == null) {
            return;
        }
        if (input.unit() == Unit.COUNT) {
            throw ApiException.invalid("numeratorIndicator", "rates-only",
                    "Only a rate or percentage has a numerator indicator; " + input.code() + " is a count");
        }
        boolean isCount = repository.findByIdOptional(numerator).filter(found -> found.unit == Unit.COUNT).isPresent();
        if (!isCount) {
            throw ApiException.invalid("numeratorIndicator", "unknown-count",
                    numerator + " is not a count indicator in the catalogue");
        }
    }

    private void apply(IndicatorInput input, Indicator indicator) {
        indicator.name = input.name().strip();
        indicator.plainName = input.plainName().strip();
        // Left out, it keeps what is stored, so that a client that does not know explanations never wipes one;
        // blank removes it.
        if (input.explanation() != null) {
            indicator.explanation = input.explanation().isBlank() ? null : input.explanation().strip();
        }
        indicator.definition = input.definition().strip();
        indicator.unit = input.unit();
        indicator.polarity = input.polarity();
        indicator.priority = input.priority();
        indicator.periodKind = input.periodKind();
        indicator.decimals = input.decimals();
        indicator.source = input.source().strip();
        indicator.numeratorLabel = input.numeratorLabel();
        indicator.denominatorLabel = input.denominatorLabel();
        // Left out, it keeps what is stored (false for a new indicator): disclosure never widens by omission, and a
        // client of contract 1.0.0 sends no internalOnly on any edit.
        if (input.internalOnly() != null) {
            indicator.internalOnly = input.internalOnly();
        }
        indicator.numeratorIndicator = input.numeratorIndicator();
        stamps.changed(indicator);
    }
}
