package org.promise.datacheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.promise.area.AreaView;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;
import org.promise.common.security.Caller;
import org.promise.common.time.Clocks;
import org.promise.figure.FigureWrites;
import org.promise.indicator.Indicator;
import org.promise.indicator.IndicatorService;
import org.promise.period.Period;
import org.promise.period.PeriodParam;
import org.promise.value.ValueRules;

/**
 * The other places in an authority's papers that give a figure: recorded by its officers (audited), read by the
 * rules that compare them with the stored values.
 */
@ApplicationScoped
public class ValueReportService {

    static final String AUDIT_TYPE = "value-report";

    private final ValueReportRepository repository;
    private final DataCheckService checks;
    private final IndicatorService indicators;
    private final Caller caller;
    private final AuditService audit;
    private final FigureWrites writes;
    private final Clock clock;

    public ValueReportService(ValueReportRepository repository, DataCheckService checks, IndicatorService indicators,
            Caller caller, AuditService audit, FigureWrites writes, Clock clock) {
        this.repository = repository;
        this.checks = checks;
        this.indicators = indicators;
        this.caller = caller;
        this.audit = audit;
        this.writes = writes;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ValueReportView> list(String authority) {
        checks.requireAuthority(authority);
        if (!caller.isInsider(authority)) {
            throw ApiException.forbidden("Only the authority's officers, board members and administrators see the "
                    + "other reports of its figures");
        }
        return repository.ofAuthority(authority).stream().map(ValueReportView::of).toList();
    }

    @Transactional
    public ValueReportView add(ValueReportInput input) {
        // A body's authority is a field, not a resource in the path: one Promise does not serve is a 400 naming it.
        AreaView authority = checks.localAuthority(input.authority()).orElseThrow(() -> ApiException.invalid(
                "authority", "unknown", input.authority() + " is not a local authority that Promise serves"));
        caller.requireWriteAccess(authority.code());
        List<FieldError> errors = new ArrayList<>(indicators.unknownCodes("indicator", List.of(input.indicator())));
        if (!input.area().equals(authority.code()) && !authority.comparatorCodes().contains(input.area())) {
            errors.add(new FieldError("area", "comparator", "Give the authority (" + authority.code() + ") or one of"
                    + " its comparators: England, its region, its statistical neighbours or its adoption agency"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Indicator indicator = indicators.findListed(input.indicator());
        Period period = PeriodParam.parse("period", input.period(), indicator.periodKind);
        indicator.unit.checkRange(input.value(), "value", errors);
        ValueRules.notEnded(period, Clocks.boardDate(clock), "period").ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        ValueReport report = new ValueReport();
        report.authorityCode = authority.code();
        report.placeAt(indicator.code, input.area(), period);
        report.value = input.value();
        report.source = input.source().strip();
        report.quote = input.quote().strip();
        writes.stamp(report);
        repository.persist(report);
        ValueReportView created = ValueReportView.of(report);
        audit.record(AUDIT_TYPE, report.id, AuditAction.CREATE, null, created);
        return created;
    }
}
