package org.promise.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.promise.area.Area;
import org.promise.area.AreaKind;
import org.promise.area.AreaService;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.change.FiguresChanged;
import org.promise.common.error.FieldError;
import org.promise.common.security.Caller;
import org.promise.common.wire.Decimals;
import org.promise.figure.FigureWrites;
import org.promise.figure.ImportReport;
import org.promise.figure.TidyChecks;
import org.promise.figure.TidyRow;
import org.promise.indicator.Indicator;
import org.promise.indicator.IndicatorService;
import org.promise.period.Period;

/**
 * Imports targets in bulk, with the same rules as one at a time and the same guarantees as the values import:
 * all or nothing, a report of every problem by row and column, and nothing changed by a row equal to what is stored.
 */
@ApplicationScoped
public class TargetImportService {

    public static final String TARGET = "target";
    public static final String TOLERANCE = "tolerance";
    public static final String BASIS = "basis";
    public static final String PENDING_REASON = "pending_reason";
    public static final String[] COLUMNS = {TidyRow.TIME_PERIOD, TidyRow.TIME_IDENTIFIER, TidyRow.GEOGRAPHIC_LEVEL,
        TidyRow.AREA, TidyRow.AREA_NAME, TidyRow.INDICATOR, TARGET, TOLERANCE, BASIS, PENDING_REASON};

    private final IndicatorService indicators;
    private final AreaService areas;
    private final TargetRepository targets;
    private final AuditService audit;
    private final Caller caller;
    private final Event<FiguresChanged> changed;
    private final FigureWrites writes;

    public TargetImportService(IndicatorService indicators, AreaService areas, TargetRepository targets,
            AuditService audit, Caller caller, Event<FiguresChanged> changed, FigureWrites writes) {
        this.writes = writes;
        this.indicators = indicators;
        this.areas = areas;
        this.targets = targets;
        this.audit = audit;
        this.caller = caller;
        this.changed = changed;
    }

    private record Checked(Indicator indicator, Area area, Period period, BigDecimal value, BigDecimal tolerance,
            String basis, String reason) {

        String key() {
            return indicator.code + "/" + area.code + "/" + period.code();
        }

        boolean sameAs(Target target) {
            return target.holds(value, tolerance, basis, reason);
        }
    }

    @Transactional
    public ImportReport importRows(List<TidyRow> rows, boolean dryRun) {
        Map<String, Indicator> catalogue = indicators.catalogue();
        Map<String, Area> allAreas = areas.allByCode();
        List<Checked> checked = TidyChecks.checkRows(rows, (row, errors) -> check(row, catalogue, allAreas, errors),
                Checked::key);

        Set<String> codes = new HashSet<>();
        Set<String> areaCodes = new HashSet<>();
        checked.forEach(row -> {
            codes.add(row.indicator.code);
            areaCodes.add(row.area.code);
        });
        Map<String, Target> existing = targets.of(codes, areaCodes).stream()
                .collect(Collectors.toMap(t -> t.indicatorCode + "/" + t.areaCode + "/" + t.periodCode,
                        Function.identity()));
        int created = 0;
        int updated = 0;
        List<AuditService.Change> changes = new ArrayList<>();
        for (Checked row : checked) {
            Target target = existing.get(row.key());
            if (target != null && row.sameAs(target)) {
                continue;
            }
            if (target == null) {
                created++;
            } else {
                updated++;
            }
            if (dryRun) {
                continue;
            }
            Map<String, Object> before = target == null ? null : snapshot(target);
            if (target == null) {
                target = new Target();
                target.placeAt(row.indicator.code, row.area.code, row.period);
            }
            target.set(row.value, row.tolerance, row.basis, row.reason);
            writes.stamp(target);
            targets.persist(target);
            changes.add(new AuditService.Change(row.key(), before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                    before, snapshot(target)));
        }
        if (!dryRun) {
            targets.flush();
            audit.recordAll(TargetService.AUDIT_TYPE, changes);
            changed.fire(new FiguresChanged(FiguresChanged.What.TARGETS));
        }
        return new ImportReport(dryRun, rows.size(), created, updated, checked.size() - created - updated);
    }

    private Checked check(TidyRow row, Map<String, Indicator> catalogue, Map<String, Area> allAreas,
            List<FieldError> errors) {
        Indicator indicator = TidyChecks.indicator(row, catalogue, errors);
        Area area = TidyChecks.area(row, allAreas, errors);
        if (area != null && area.kind != AreaKind.LOCAL_AUTHORITY) {
            errors.add(new FieldError(TidyRow.AREA, "local-authority", "Targets are set by local authorities, not for "
                    + area.name));
            area = null;
        }
        Period period = TidyChecks.period(row, indicator, errors);
        BigDecimal value = TidyChecks.number(row.get(TARGET), TARGET, errors);
        BigDecimal tolerance = TidyChecks.number(row.get(TOLERANCE), TOLERANCE, errors);
        String reason = row.get(PENDING_REASON);
        if (errors.stream().noneMatch(error -> error.field().equals(TARGET) || error.field().equals(TOLERANCE))) {
            // A file has no pending column: a row with a reason is a pending target.
            errors.addAll(TargetRules.check(indicator == null ? null : indicator.unit,
                    new TargetRules.Proposed(value, tolerance, reason != null, reason), TargetRules.Fields.FILE));
        }
        TidyChecks.writeAccess(caller, area, errors);
        return errors.isEmpty() ? new Checked(indicator, area, period, value, tolerance, row.get(BASIS), reason) : null;
    }

    private static Map<String, Object> snapshot(Target target) {
        Map<String, Object> snapshot = new HashMap<>();
        snapshot.put("indicator", target.indicatorCode);
        snapshot.put("area", target.areaCode);
        snapshot.put("period", target.periodCode);
        snapshot.put("value", Decimals.plain(target.value));
        snapshot.put("tolerance", Decimals.plain(target.tolerance));
        snapshot.put("basis", target.basis);
        snapshot.put("pending", target.pending);
        snapshot.put("reason", target.pendingReason);
        return snapshot;
    }
}
