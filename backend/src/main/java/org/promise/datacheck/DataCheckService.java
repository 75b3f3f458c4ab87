package org.promise.datacheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.promise.area.AreaKind;
import org.promise.area.AreaService;
import org.promise.area.AreaView;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;
import org.promise.common.security.Caller;
import org.promise.common.time.Clocks;
import org.promise.common.wire.WireValue;
import org.promise.figure.FigureChecks;
import org.promise.figure.FigureWrites;
import org.promise.indicator.IndicatorService;

/**
 * An authority's data checks: the warnings its figures raise now ({@link DataRules}, derived on every read, so a
 * write or an import shows at once and nothing goes stale) and its officers' explanations of them (stored, audited,
 * and lapsing when the figures change). Its officers, board members and administrators see them; its officers and
 * administrators explain them.
 */
@ApplicationScoped
public class DataCheckService implements FigureChecks {

    static final String AUDIT_TYPE = "data-check-explanation";

    private final DataCheckReads reads;
    private final ValueReportRepository reports;
    private final CheckExplanationRepository explanations;
    private final AreaService areas;
    private final IndicatorService indicators;
    private final Caller caller;
    private final AuditService audit;
    private final Clock clock;

    public DataCheckService(DataCheckReads reads, ValueReportRepository reports,
            CheckExplanationRepository explanations, AreaService areas, IndicatorService indicators, Caller caller,
            AuditService audit, Clock clock) {
        this.reads = reads;
        this.reports = reports;
        this.explanations = explanations;
        this.areas = areas;
        this.indicators = indicators;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /** Which warnings to list. */
    public enum StatusFilter implements WireValue {
        OPEN,
        EXPLAINED,
        ALL
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DataCheckView> list(String authority, StatusFilter status, String indicator) {
        // Whose checks first: to an outsider, an indicator's existence is no answer to give.
        requireInsider(authority);
        if (indicator != null) {
            List<FieldError> unknown = indicators.unknownCodes("indicator", List.of(indicator));
            if (!unknown.isEmpty()) {
                throw ApiException.invalid(unknown);
            }
        }
        Map<String, CheckExplanation> explained = explainedByKey(authority);
        Checked checked = check(authority);
        return checked.findings().stream()
                .filter(finding -> indicator == null || finding.indicator().equals(indicator))
                .map(finding -> DataCheckView.of(finding, checked.names().getOrDefault(finding.indicator(),
                        finding.indicator()), explained.get(finding.key())))
                .filter(view -> status == StatusFilter.ALL || view.status().name().equals(status.name()))
                .sorted(Comparator.comparing(DataCheckView::indicator).thenComparing(DataCheckView::period)
                        .thenComparing(DataCheckView::key))
                .toList();
    }

    /**
     * The open warnings about figures just written, for the write's answer: of each local authority written to,
     * those about a written indicator in its period (as the warning's indicator, or as one of the figures it read:
     * a part of a total, a count of a share). Comparators' figures belong to no authority and raise none here. All
     * the authorities are checked together, so an import costs the same few statements whatever its rows.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FigureChecks.Raised> raisedBy(Collection<FigureChecks.Written> written) {
        Map<String, Set<String>> writtenPlaces = written.stream().collect(Collectors.groupingBy(
                FigureChecks.Written::area, Collectors.mapping(figure -> place(figure.indicator(), figure.period()),
                        Collectors.toSet())));
        List<AreaView> authorities = areas.byCodes(writtenPlaces.keySet()).stream()
                .filter(area -> area.kind() == AreaKind.LOCAL_AUTHORITY).toList();
        if (authorities.isEmpty()) {
            return List.of();
        }
        Map<String, Checked> checked = check(authorities, new DataCheckReads.Written(
                written.stream().map(FigureChecks.Written::indicator).collect(Collectors.toSet()),
                written.stream().map(FigureChecks.Written::period).collect(Collectors.toSet())));
        Map<String, Map<String, CheckExplanation>> explained = explainedByKey(checked.keySet());
        List<FigureChecks.Raised> raised = new ArrayList<>();
        authorities.forEach(authority -> {
            Set<String> places = writtenPlaces.get(authority.code());
            Map<String, CheckExplanation> explanationsHere = explained.getOrDefault(authority.code(), Map.of());
            checked.get(authority.code()).findings().stream()
                    .filter(finding -> concerns(finding, places))
                    .filter(finding -> DataCheckView.statusOf(finding, explanationsHere.get(finding.key()))
                            == DataCheckView.Status.OPEN)
                    .forEach(finding -> raised.add(new FigureChecks.Raised(finding.key(), finding.rule().wire(),
                            finding.sentence())));
        });
        return raised;
    }

    private Map<String, CheckExplanation> explainedByKey(String authority) {
        return explainedByKey(List.of(authority)).getOrDefault(authority, Map.of());
    }

    private Map<String, Map<String, CheckExplanation>> explainedByKey(Collection<String> authorities) {
        return explanations.ofAuthorities(authorities).stream().collect(Collectors.groupingBy(
                explanation -> explanation.authorityCode, Collectors.toMap(explanation -> explanation.checkKey,
                        Function.identity())));
    }

    /** Whether a warning is about a written figure: its own indicator's, or one it read, in a written period. */
    private static boolean concerns(Finding finding, Set<String> writtenPlaces) {
        return writtenPlaces.contains(place(finding.indicator(), finding.period()))
                || finding.figures().stream().anyMatch(read -> writtenPlaces.contains(place(read.label(),
                        finding.period())));
    }

    private static String place(String indicator, String period) {
        return indicator + "|" + period;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExplanationView explanation(String authority, String key) {
        requireInsider(authority);
        CheckExplanation explanation = explanations.findOne(authority, key).orElseThrow(() -> ApiException.notFound(
                "Warning " + key + " of " + authority + " has not been explained"));
        return ExplanationView.of(explanation, find(authority, key).orElse(null));
    }

    /** Explains an open warning, or explains one again (quoting the version read): audited. */
    @Transactional
    public FigureWrites.Saved<ExplanationView> explain(String authority, String key, String ifMatch,
            ExplanationInput input) {
        requireAuthority(authority);
        caller.requireWriteAccess(authority);
        Finding finding = find(authority, key).orElseThrow(() -> ApiException.notFound(
                "The figures of " + authority + " raise no warning " + key + " now"));
        Optional<CheckExplanation> existing = explanations.findOne(authority, key);
        CheckExplanation explanation;
        ExplanationView before = null;
        if (existing.isEmpty()) {
            EntityTags.requireNoneForNew(ifMatch, "explanation");
            explanation = new CheckExplanation();
            explanation.authorityCode = authority;
            explanation.checkKey = key;
        } else {
            explanation = existing.get();
            EntityTags.requireCurrent(ifMatch, explanation.version);
            before = ExplanationView.of(explanation, finding);
        }
        explanation.fingerprint = finding.fingerprint();
        explanation.reason = input.reason().strip();
        explanation.explainedBy = caller.name();
        explanation.updatedAt = Clocks.timestamp(clock);
        explanations.persist(explanation);
        explanations.flush();
        ExplanationView after = ExplanationView.of(explanation, finding);
        audit.record(AUDIT_TYPE, authority + "/" + key, existing.isEmpty() ? AuditAction.CREATE : AuditAction.UPDATE,
                before, after);
        return new FigureWrites.Saved<>(after, after.version(), existing.isEmpty());
    }

    private Optional<Finding> find(String authority, String key) {
        return check(authority).findings().stream().filter(finding -> finding.key().equals(key)).findFirst();
    }

    private record Checked(List<Finding> findings, Map<String, String> names) {
    }

    private Checked check(String authority) {
        return check(List.of(requireAuthority(authority)), null).get(authority);
    }

    /**
     * The findings of each authority given, read together: the same few statements however many. {@code written}:
     * the figures the caller's transaction has written, whose warnings are wanted (the rest may be left out; the
     * usual changes are read fresh, not kept); null for all of them ({@link DataCheckReads#read}).
     */
    private Map<String, Checked> check(List<AreaView> authorities, DataCheckReads.Written written) {
        Map<String, AreaView> known = new HashMap<>();
        authorities.forEach(authority -> known.put(authority.code(), authority));
        Set<String> comparators = authorities.stream().flatMap(authority -> authority.comparatorCodes().stream())
                .filter(code -> !known.containsKey(code)).collect(Collectors.toSet());
        areas.byCodes(comparators).forEach(area -> known.put(area.code(), area));
        Map<String, Map<String, String>> placesByAuthority = new LinkedHashMap<>();
        authorities.forEach(authority -> {
            Map<String, String> places = new LinkedHashMap<>();
            places.put(authority.code(), authority.name());
            authority.comparatorCodes().stream().filter(known::containsKey)
                    .forEach(code -> places.put(code, known.get(code).name()));
            placesByAuthority.put(authority.code(), places);
        });
        Map<String, List<OtherReport>> otherReports = reports.ofAuthorities(placesByAuthority.keySet()).stream()
                .collect(Collectors.groupingBy(report -> report.authorityCode,
                        Collectors.mapping(ValueReport::asReport, Collectors.toList())));
        Map<String, Checked> checked = new LinkedHashMap<>();
        reads.read(placesByAuthority, otherReports, written).forEach((authority, figures) -> {
            Map<String, String> names = figures.measures().values().stream()
                    .collect(Collectors.toMap(Measure::code, Measure::name));
            checked.put(authority, new Checked(DataRules.check(figures), names));
        });
        return checked;
    }

    AreaView requireAuthority(String authority) {
        return localAuthority(authority).orElseThrow(() -> ApiException.notFound(
                "There is no local authority " + authority));
    }

    Optional<AreaView> localAuthority(String authority) {
        return areas.findLocalAuthority(authority);
    }

    private void requireInsider(String authority) {
        requireAuthority(authority);
        if (!caller.isInsider(authority)) {
            throw ApiException.forbidden("Only the authority's officers, board members and administrators see its "
                    + "data checks");
        }
    }
}
