package org.promise.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.promise.area.AreaService;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;
import org.promise.common.persistence.Stamps;
import org.promise.common.security.Caller;
import org.promise.common.security.Role;

@ApplicationScoped
public class ReportService {

    static final String AUDIT_TYPE = "report";

    private final ReportRepository repository;
    private final AreaService areas;
    private final AuditService audit;
    private final Caller caller;
    private final Stamps stamps;

    public ReportService(ReportRepository repository, AreaService areas, AuditService audit, Caller caller,
            Stamps stamps) {
        this.repository = repository;
        this.areas = areas;
        this.audit = audit;
        this.caller = caller;
        this.stamps = stamps;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportView> list(String authority) {
        return repository.visible(caller.insiderAuthorities(), authority, caller.hasRole(Role.ADMIN)).stream()
                .map(ReportView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportView get(long id) {
        return ReportView.of(findVisible(id));
    }

    /** The reports of these ids that the caller may see, for features that link to reports (a meeting's papers). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportView> visible(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.list("id in ?1", ids).stream()
                .filter(this::mayRead).map(ReportView::of).toList();
    }

    @Transactional
    public ReportView create(ReportInput input) {
        caller.requireWriteAccess(input.authority());
        checkRules(input);
        Report report = new Report();
        report.authority = input.authority();
        stamps.created(report);
        apply(input, report);
        repository.persistAndFlush(report);
        ReportView created = ReportView.of(report);
        audit.record(AUDIT_TYPE, report.id, AuditAction.CREATE, null, created);
        return created;
    }

    @Transactional
    public ReportView replace(long id, String ifMatch, ReportInput input) {
        Report report = findVisible(id);
        caller.requireWriteAccess(report.authority);
        EntityTags.requireCurrent(ifMatch, report.version);
        if (!report.authority.equals(input.authority())) {
            throw ApiException.invalid("authority", "immutable",
                    "A report stays with the authority it was written for (" + report.authority + ")");
        }
        checkRules(input);
        ReportView before = ReportView.of(report);
        apply(input, report);
        repository.flush();
        ReportView after = ReportView.of(report);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Report report = findVisible(id);
        caller.requireWriteAccess(report.authority);
        EntityTags.requireCurrent(ifMatch, report.version);
        audit.record(AUDIT_TYPE, id, AuditAction.DELETE, ReportView.of(report), null);
        repository.delete(report);
    }

    /** An exempt report is "not found" for everyone but the authority's insiders: its existence is private too. */
    private Report findVisible(long id) {
        return repository.findByIdOptional(id).filter(this::mayRead)
                .orElseThrow(() -> ApiException.notFound("There is no report " + id));
    }

    private boolean mayRead(Report report) {
        return report.visibility == Visibility.PUBLIC || caller.isInsider(report.authority);
    }

    private void checkRules(ReportInput input) {
        List<FieldError> errors = new ArrayList<>();
        areas.checkLocalAuthority("authority", input.authority()).ifPresent(errors::add);
        if (input.visibility() == Visibility.EXEMPT && input.exemptParagraph() == null) {
            errors.add(new FieldError("exemptParagraph", "required",
                    "An exempt report needs the Schedule 12A paragraph (1 to 8) that makes it exempt"));
        }
        if (input.visibility() == Visibility.PUBLIC && input.exemptParagraph() != null) {
            errors.add(new FieldError("exemptParagraph", "not-allowed",
                    "A public report has no exempt paragraph; make it exempt or leave the paragraph out"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private void apply(ReportInput input, Report report) {
        report.type = input.type();
        report.title = input.title().strip();
        report.periodCovered = input.periodCovered();
        report.author = input.author();
        report.contactOfficer = input.contactOfficer();
        report.executiveSummary = input.executiveSummary();
        report.recommendations = input.recommendations() == null ? new ArrayList<>()
                : new ArrayList<>(input.recommendations());
        report.body = input.body();
        report.visibility = input.visibility();
        report.exemptParagraph = input.exemptParagraph();
        stamps.changed(report);
    }
}
