package org.promise.value;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.promise.area.Area;
import org.promise.area.AreaService;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.change.FiguresChanged;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;
import org.promise.common.security.Caller;
import org.promise.common.sql.PlainSql;
import org.promise.common.sql.CopyRow;
import org.promise.common.time.Clocks;
import org.promise.common.wire.WireValue;
import org.promise.figure.FigureChecks;
import org.promise.figure.ImportReport;
import org.promise.figure.TidyChecks;
import org.promise.figure.TidyRow;
import org.promise.figure.ValueStatus;
import org.promise.indicator.Indicator;
import org.promise.indicator.IndicatorService;
import org.promise.indicator.StatisticalSymbol;
import org.promise.period.Period;

/**
 * Imports values in bulk, all or nothing: every row is checked first and any problem refuses the whole file with a
 * report of each (row, column, message); otherwise the changed rows are written by COPY (a few statements whatever
 * the file's size), each audited, in one transaction. A row equal to what is stored changes nothing, so importing
 * the same file twice bumps no version.
 */
@ApplicationScoped
public class ValueImportService {

    private static final String EXISTING = "select id, indicator_code, area_code, period_code, value, symbol,"
            + " numerator, denominator, status from indicator_value where indicator_code = any(?) and area_code = any(?)";
    private static final String NEW_VALUES = "indicator_value (indicator_code, area_code, period_code, period_end,"
            + " value, symbol, numerator, denominator, status, updated_at, updated_by)";
    // The changed values go to a table of this transaction by COPY (dropped at its commit; one import a transaction),
    // and from it in one UPDATE (which fires the row triggers, such as kpi_value_withdrawn's, as an UPDATE per row
    // did).
    private static final String CHANGES_TABLE = "create temporary table value_import_change (id bigint primary key,"
            + " value numeric, symbol text, numerator numeric, denominator numeric, status text) on commit drop";
    private static final String CHANGES = "value_import_change (id, value, symbol, numerator, denominator, status)";
    private static final String APPLY_CHANGES = "update indicator_value v set value = c.value, symbol = c.symbol,"
            + " numerator = c.numerator, denominator = c.denominator, status = c.status, version = v.version + 1,"
            + " updated_at = ?, updated_by = ? from value_import_change c where v.id = c.id";

    private final IndicatorService indicators;
    private final AreaService areas;
    private final AuditService audit;
    private final Caller caller;
    private final PlainSql sql;
    private final Event<FiguresChanged> changed;
    private final Clock clock;
    private final FigureChecks checks;

    public ValueImportService(IndicatorService indicators, AreaService areas, AuditService audit, Caller caller,
            PlainSql sql, Event<FiguresChanged> changed, Clock clock, FigureChecks checks) {
        this.clock = clock;
        this.checks = checks;
        this.changed = changed;
        this.indicators = indicators;
        this.areas = areas;
        this.audit = audit;
        this.caller = caller;
        this.sql = sql;
    }

    /** A row that passed every check. */
    private record Checked(int line, Indicator indicator, Area area, Period period, BigDecimal value,
            StatisticalSymbol symbol, BigDecimal numerator, BigDecimal denominator, ValueStatus status,
            boolean replacesWithSymbol) {

        String key() {
            return indicator.code + "/" + area.code + "/" + period.code();
        }

        boolean sameAs(Stored stored) {
            return org.promise.common.wire.Decimals.sameNumber(value, stored.value) && symbol == stored.symbol
                    && org.promise.common.wire.Decimals.sameNumber(numerator, stored.numerator)
                    && org.promise.common.wire.Decimals.sameNumber(denominator, stored.denominator)
                    && status == stored.status;
        }

        Map<String, Object> snapshot() {
            return snapshotOf(indicator.code, area.code, period.code(), value, symbol, numerator, denominator, status);
        }
    }

    private record Stored(long id, String key, BigDecimal value, StatisticalSymbol symbol, BigDecimal numerator,
            BigDecimal denominator, ValueStatus status, String indicator, String area, String period) {

        Map<String, Object> snapshot() {
            return snapshotOf(indicator, area, period, value, symbol, numerator, denominator, status);
        }
    }

    @Transactional
    public ImportReport importRows(List<TidyRow> rows, boolean dryRun) {
        Map<String, Indicator> catalogue = indicators.catalogue();
        Map<String, Area> allAreas = areas.allByCode();
        LocalDate today = Clocks.boardDate(clock);
        TidyChecks.Periods periods = new TidyChecks.Periods();
        List<Checked> checked = TidyChecks.checkRows(rows,
                (row, errors) -> check(row, catalogue, allAreas, periods, today, errors), Checked::key);

        return sql.inSession(session -> {
            Map<String, Stored> existing = loadExisting(session, checked);
            List<Checked> inserts = new ArrayList<>();
            List<Map.Entry<Checked, Stored>> updates = new ArrayList<>();
            for (Checked row : checked) {
                Stored stored = existing.get(row.key());
                if (stored == null) {
                    inserts.add(row);
                } else if (!row.sameAs(stored)) {
                    updates.add(Map.entry(row, stored));
                }
            }
            refuseSymbolsOverNumbers(updates);
            ImportReport report = new ImportReport(dryRun, rows.size(), inserts.size(), updates.size(),
                    checked.size() - inserts.size() - updates.size());
            if (!dryRun) {
                write(session, inserts, updates);
                changed.fire(new FiguresChanged(FiguresChanged.What.VALUES));
                List<AuditService.Change> changes = new ArrayList<>(inserts.size() + updates.size());
                inserts.forEach(row -> changes.add(new AuditService.Change(row.key(), AuditAction.CREATE, null,
                        row.snapshot())));
                updates.forEach(update -> changes.add(new AuditService.Change(update.getKey().key(),
                        AuditAction.UPDATE, update.getValue().snapshot(), update.getKey().snapshot())));
                audit.recordAll(ValueService.AUDIT_TYPE, changes);
                return report.withWarnings(checks.raisedBy(checked.stream().map(row -> new FigureChecks.Written(
                        row.indicator().code, row.area().code, row.period().code())).toList()));
            }
            return report;
        });
    }

    private Checked check(TidyRow row, Map<String, Indicator> catalogue, Map<String, Area> allAreas,
            TidyChecks.Periods periods, LocalDate today, List<FieldError> errors) {
        Indicator indicator = TidyChecks.indicator(row, catalogue, errors);
        Area area = TidyChecks.area(row, allAreas, errors);
        Period period = periods.of(row, indicator, errors);
        BigDecimal value = null;
        StatisticalSymbol symbol = null;
        String valueText = row.get(TidyRow.VALUE);
        if (valueText == null) {
            errors.add(new FieldError(TidyRow.VALUE, "required", "Give a number, or a symbol (c, x, z or low)"));
        } else {
            symbol = WireValue.parse(StatisticalSymbol.class, valueText).orElse(null);
            if (symbol == null) {
                value = TidyChecks.number(valueText, TidyRow.VALUE, errors);
            }
        }
        BigDecimal numerator = fraction(row, TidyRow.NUMERATOR, errors);
        BigDecimal denominator = fraction(row, TidyRow.DENOMINATOR, errors);
        String statusText = row.get(TidyRow.STATUS);
        ValueStatus status = statusText == null ? null : WireValue.parse(ValueStatus.class, statusText).orElse(null);
        if (status == null) {
            errors.add(new FieldError(TidyRow.STATUS, "allowed-values", "status must be provisional or final"));
        }
        if (indicator != null && (value != null || symbol != null)) {
            ValueRules.check(indicator.unit, value, symbol, numerator, denominator).forEach(error -> errors.add(
                    new FieldError(error.field().equals("symbol") ? TidyRow.VALUE : error.field(), error.rule(),
                            error.message())));
        }
        if (period != null) {
            ValueRules.notEnded(period, today, TidyRow.TIME_PERIOD).ifPresent(errors::add);
        }
        TidyChecks.writeAccess(caller, area, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new Checked(row.line(), indicator, area, period, value, symbol, numerator, denominator, status,
                asksForSymbol(row, errors));
    }

    /** A numerator or denominator: a number, or none where the file has a symbol (EES files leave no cell blank). */
    private static BigDecimal fraction(TidyRow row, String column, List<FieldError> errors) {
        String text = row.get(column);
        return text == null || WireValue.parse(StatisticalSymbol.class, text).isPresent() ? null
                : TidyChecks.number(text, column, errors);
    }

    private static boolean asksForSymbol(TidyRow row, List<FieldError> errors) {
        String ask = row.get(TidyRow.REPLACE_WITH_SYMBOL);
        if (ask == null || ask.equalsIgnoreCase("no")) {
            return false;
        }
        if (!ask.equalsIgnoreCase("yes")) {
            errors.add(new FieldError(TidyRow.REPLACE_WITH_SYMBOL, "allowed-values",
                    "replace_with_symbol must be yes or no (or empty), not '" + ask + "'"));
        }
        return true;
    }

    /**
     * A file Promise exported comes back as a round trip (docs/decisions.md, 47): where it has a symbol over a known
     * number (a "c" the export wrote for a withheld figure), the stored number stays unless the row asks for the
     * symbol in replace_with_symbol. Each such row is refused, naming both.
     */
    private static void refuseSymbolsOverNumbers(List<Map.Entry<Checked, Stored>> updates) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<Checked, Stored> update : updates) {
            Checked row = update.getKey();
            Stored stored = update.getValue();
            if (row.replacesWithSymbol()) {
                continue;
            }
            if (row.symbol() != null && stored.value() != null) {
                errors.add(new FieldError(TidyRow.VALUE, "replaces-figure", "value would replace "
                        + org.promise.common.wire.Decimals.plain(stored.value()).toPlainString() + " with "
                        + row.symbol().wire() + ": to withhold the figure, put yes in replace_with_symbol")
                        .atRow(row.line()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static Map<String, Stored> loadExisting(PlainSql.Session session, List<Checked> rows)
            throws SQLException {
        Set<String> codes = new HashSet<>();
        Set<String> areaCodes = new HashSet<>();
        rows.forEach(row -> {
            codes.add(row.indicator.code);
            areaCodes.add(row.area.code);
        });
        Map<String, Stored> stored = new HashMap<>();
        session.list(EXISTING, parameters -> parameters.texts(codes).texts(areaCodes), row -> {
            String key = row.getString(2) + "/" + row.getString(3) + "/" + row.getString(4);
            return new Stored(row.getLong(1), key, row.getBigDecimal(5),
                    WireValue.stored(StatisticalSymbol.class, row.getString(6)), row.getBigDecimal(7),
                    row.getBigDecimal(8), WireValue.stored(ValueStatus.class, row.getString(9)),
                    row.getString(2), row.getString(3), row.getString(4));
        }).forEach(row -> stored.put(row.key(), row));
        return stored;
    }

    /** The new values by one COPY; the changed ones by one COPY and one UPDATE. */
    private void write(PlainSql.Session session, List<Checked> inserts, List<Map.Entry<Checked, Stored>> updates)
            throws SQLException {
        var now = Clocks.timestamp(clock);
        String by = caller.name();
        session.copy(NEW_VALUES, inserts, (out, row) -> figures(out.text(row.indicator.code).text(row.area.code)
                .text(row.period.code()).date(row.period.end()), row).timestamp(now).text(by));
        if (!updates.isEmpty()) {
            session.execute(CHANGES_TABLE);
            session.copy(CHANGES, updates, (out, change) -> figures(out.id(change.getValue().id()), change.getKey()));
            session.update(APPLY_CHANGES, parameters -> parameters.timestamp(now).text(by));
        }
    }

    private static CopyRow figures(CopyRow out, Checked row) {
        return out.number(row.value).wire(row.symbol).number(row.numerator).number(row.denominator).wire(row.status);
    }

    private static Map<String, Object> snapshotOf(String indicator, String area, String period, BigDecimal value,
            StatisticalSymbol symbol, BigDecimal numerator, BigDecimal denominator, ValueStatus status) {
        Map<String, Object> snapshot = new HashMap<>();
        snapshot.put("indicator", indicator);
        snapshot.put("area", area);
        snapshot.put("period", period);
        snapshot.put("value", org.promise.common.wire.Decimals.plain(value));
        snapshot.put("symbol", symbol == null ? null : symbol.wire());
        snapshot.put("numerator", org.promise.common.wire.Decimals.plain(numerator));
        snapshot.put("denominator", org.promise.common.wire.Decimals.plain(denominator));
        snapshot.put("status", status.wire());
        return snapshot;
    }
}
