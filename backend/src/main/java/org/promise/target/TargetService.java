package org.promise.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.promise.area.AreaKind;
import org.promise.area.AreaService;
import org.promise.area.AreaView;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;
import org.promise.common.security.Caller;
import org.promise.common.wire.Decimals;
import org.promise.indicator.Indicator;
import org.promise.indicator.IndicatorService;
import org.promise.period.Period;
import org.promise.period.PeriodParam;
import org.promise.scorecard.ScorecardCache;
import org.promise.value.ValueRules;

@ApplicationScoped
public class TargetService {

    static final String AUDIT_TYPE = "target";

    private final TargetRepository repository;
    private final IndicatorService indicators;
    private final AreaService areas;
    private final AuditService audit;
    private final Caller caller;
    private final ScorecardCache scorecards;

    public TargetService(TargetRepository repository, IndicatorService indicators, AreaService areas,
            AuditService audit, Caller caller, ScorecardCache scorecards) {
        this.scorecards = scorecards;
        this.repository = repository;
        this.indicators = indicators;
        this.areas = areas;
        this.audit = audit;
        this.caller = caller;
    }

    public record Saved(TargetView target, boolean created) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetView get(String code, String area, String periodCode) {
        Indicator indicator = indicators.find(code);
        Period period = PeriodParam.parse("period", periodCode, indicator.periodKind);
        return TargetView.of(indicator, find(indicator, area, period));
    }

    @Transactional
    public Saved put(String code, String areaCode, String periodCode, String ifMatch, TargetInput input) {
        Indicator indicator = indicators.find(code);
        AreaView area = areas.find(areaCode).orElseThrow(() -> ApiException.notFound("There is no area " + areaCode));
        Period period = PeriodParam.parse("period", periodCode, indicator.periodKind);
        if (area.kind() != AreaKind.LOCAL_AUTHORITY) {
            throw ApiException.invalid("area", "local-authority", "Targets are set by local authorities, not for "
                    + area.name());
        }
        caller.requireWriteAccess(area.code());
        checkRules(indicator, input);
        var existing = repository.findOne(code, area.code(), period.code());
        if (existing.isEmpty()) {
            EntityTags.requireNoneForNew(ifMatch, "target for " + period.code());
            Target target = new Target();
            target.indicatorCode = code;
            target.areaCode = area.code();
            target.periodCode = period.code();
            target.periodEnd = period.end();
            apply(input, target);
            repository.persistAndFlush(target);
            scorecards.changed();
            TargetView created = TargetView.of(indicator, target);
            audit.record(AUDIT_TYPE, auditId(target), AuditAction.CREATE, null, created);
            return new Saved(created, true);
        }
        Target target = existing.get();
        EntityTags.requireCurrent(ifMatch, target.version);
        if (sameAs(input, target)) {
            return new Saved(TargetView.of(indicator, target), false);
        }
        TargetView before = TargetView.of(indicator, target);
        apply(input, target);
        repository.flush();
        scorecards.changed();
        TargetView after = TargetView.of(indicator, target);
        audit.record(AUDIT_TYPE, auditId(target), AuditAction.UPDATE, before, after);
        return new Saved(after, false);
    }

    @Transactional
    public void delete(String code, String areaCode, String periodCode, String ifMatch) {
        Indicator indicator = indicators.find(code);
        Period period = PeriodParam.parse("period", periodCode, indicator.periodKind);
        Target target = find(indicator, areaCode, period);
        caller.requireWriteAccess(areaCode);
        EntityTags.requireCurrent(ifMatch, target.version);
        audit.record(AUDIT_TYPE, auditId(target), AuditAction.DELETE, TargetView.of(indicator, target), null);
        repository.delete(target);
        scorecards.changed();
    }

    private Target find(Indicator indicator, String area, Period period) {
        return repository.findOne(indicator.code, area, period.code()).orElseThrow(() -> ApiException.notFound(
                "There is no target of " + indicator.code + " for " + area + " in " + period.code()));
    }

    private static void checkRules(Indicator indicator, TargetInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.isPending()) {
            if (input.reason() == null || input.reason().isBlank()) {
                errors.add(new FieldError("reason", "required", "Say why the target is pending, for example "
                        + "\"target to be set following baseline survey\""));
            }
            if (input.value() != null) {
                errors.add(new FieldError("value", "not-allowed", "A pending target has no value yet"));
            }
            if (input.tolerance() != null) {
                errors.add(new FieldError("tolerance", "not-allowed", "A pending target has no tolerance yet"));
            }
        } else {
            if (input.value() == null) {
                errors.add(new FieldError("value", "required",
                        "Give the target value, or set pending to true with the reason"));
            } else {
                ValueRules.checkRange(indicator.unit, input.value(), "value", errors);
            }
            if (input.reason() != null) {
                errors.add(new FieldError("reason", "not-allowed", "Only a pending target has a reason; "
                        + "explain an agreed target in basis"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static boolean sameAs(TargetInput input, Target target) {
        return Decimals.sameNumber(input.value(), target.value) && Decimals.sameNumber(input.tolerance(), target.tolerance)
                && Objects.equals(input.basis(), target.basis) && input.isPending() == target.pending
                && Objects.equals(input.reason(), target.pendingReason);
    }

    private void apply(TargetInput input, Target target) {
        target.value = input.value();
        target.tolerance = input.tolerance();
        target.basis = input.basis();
        target.pending = input.isPending();
        target.pendingReason = input.reason();
        target.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        target.updatedBy = caller.name();
    }

    private static String auditId(Target target) {
        return target.indicatorCode + "/" + target.areaCode + "/" + target.periodCode;
    }
}
