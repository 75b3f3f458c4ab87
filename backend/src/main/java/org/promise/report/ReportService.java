package org.promise.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.promise.area.AreaService;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;
import org.promise.common.persistence.Stamps;
import org.promise.common.security.Caller;
import org.promise.common.sql.PlainSql;
import org.promise.common.sync.SyncPage;
import org.promise.common.time.Clocks;
import org.promise.common.wire.WireValue;
import org.promise.indicator.IndicatorService;
import org.promise.report.ReportPresentations.Presentation;

/**
 * Reports as documents (decision 34): a draft is edited in place and read by the authority's insiders only; once
 * published it changes only by a new version, every version staying readable; it reads as presented once a held
 * meeting had it among its papers, and then the board's decision on each recommendation may be recorded.
 */
@ApplicationScoped
public class ReportService {

    static final String AUDIT_TYPE = "report";

    private final ReportRepository repository;
    private final AreaService areas;
    private final IndicatorService indicators;
    private final AuditService audit;
    private final Caller caller;
    private final Stamps stamps;
    private final Clock clock;
    private final PlainSql sql;
    private final ReportJson json;
    private final ReportSearch search;
    private final ReportCitations citations;
    private final ReportPresentations presentations;

    public ReportService(ReportRepository repository, AreaService areas, IndicatorService indicators,
            AuditService audit, Caller caller, Stamps stamps, Clock clock, PlainSql sql, ReportJson json,
            ReportSearch search, ReportCitations citations, ReportPresentations presentations) {
        this.repository = repository;
        this.areas = areas;
        this.indicators = indicators;
        this.audit = audit;
        this.caller = caller;
        this.stamps = stamps;
        this.clock = clock;
        this.sql = sql;
        this.json = json;
        this.search = search;
        this.citations = citations;
        this.presentations = presentations;
    }

    /** A page of the reports the caller may read, filtered and (with words) ranked, in the database. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportView.Page list(ReportSearch.Filter filter) {
        SyncPage<ReportSearch.Hit> page = search.page(filter);
        List<Long> ids = page.items().stream().map(ReportSearch.Hit::id).toList();
        Map<Long, Report> reports = repository.byIds(ids).stream()
                .collect(Collectors.toMap(report -> report.id, Function.identity()));
        Map<Long, List<Presentation>> presented = presentations.of(ids);
        Map<Long, List<ReportView.Decision>> decided = decisions(ids);
        List<ReportView> items = page.items().stream().map(hit -> view(reports.get(hit.id()),
                presented.getOrDefault(hit.id(), List.of()), decided.getOrDefault(hit.id(), List.of()), null, null,
                Snippets.html(hit.snippet()))).toList();
        return new ReportView.Page(items, page.next());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportView get(long id) {
        return fullView(findVisible(id));
    }

    /** The reports of these ids that the caller may see, for features that link to reports (a meeting's papers). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportView> visible(Collection<Long> ids) {
        return repository.byIds(ids).stream().filter(this::mayRead)
                .map(report -> view(report, List.of(), List.of(), null, null, null)).toList();
    }

    @Transactional
    public ReportView create(ReportInput input) {
        caller.requireWriteAccess(input.authority());
        checkRules(input);
        Report report = new Report();
        report.authority = input.authority();
        report.createdBy = caller.name();
        stamps.created(report);
        apply(input, report);
        repository.persistAndFlush(report);
        ReportView created = fullView(report);
        audit.record(AUDIT_TYPE, report.id, AuditAction.CREATE, null, stored(report));
        return created;
    }

    /** A draft is changed in place; a published report only by a new version. */
    @Transactional
    public ReportView replace(long id, String ifMatch, ReportInput input) {
        Report report = findWritable(id, ifMatch);
        if (report.status != ReportStatus.DRAFT) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "A published report is not edited in place: publish a"
                    + " new version (POST /api/v1/reports/" + id + "/versions) with the reason for the change");
        }
        requireSameAuthority(report, input.authority());
        checkRules(input);
        ReportView before = stored(report);
        apply(input, report);
        repository.flush();
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, before, stored(report));
        return fullView(report);
    }

    /** A draft may be deleted; a published report is public record, kept with its versions. */
    @Transactional
    public void delete(long id, String ifMatch) {
        Report report = findWritable(id, ifMatch);
        if (report.status != ReportStatus.DRAFT) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "The report was published on "
                    + Clocks.written(report.publishedAt) + ": a published report is kept; publish a new version"
                    + " (POST /api/v1/reports/" + id + "/versions) to correct it");
        }
        if (presentations.isReferenced(id)) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "The report is a paper of a meeting, or a resolution"
                    + " notes it: it stays part of the board's record. Take it off the agenda first");
        }
        audit.record(AUDIT_TYPE, id, AuditAction.DELETE, stored(report), null);
        repository.delete(report);
    }

    /** A draft becomes version 1, kept whole as published. */
    @Transactional
    public ReportView publish(long id, String ifMatch) {
        Report report = findWritable(id, ifMatch);
        if (report.status != ReportStatus.DRAFT) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "The report is published already (version "
                    + report.documentVersion + "): publish a new version (POST /api/v1/reports/" + id
                    + "/versions) with the reason for the change");
        }
        ReportView before = stored(report);
        report.status = ReportStatus.PUBLISHED;
        return publishCurrent(report, null, before);
    }

    /** A published report's next version: the whole report as it now reads, and why it changed. */
    @Transactional
    public ReportView publishVersion(long id, String ifMatch, ReportVersionInput input) {
        Report report = findWritable(id, ifMatch);
        if (report.status == ReportStatus.DRAFT) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "The report is a draft: change the draft instead"
                    + " (PUT /api/v1/reports/" + id + "), and publish it when it is ready");
        }
        ReportInput content = input.report();
        requireSameAuthority(report, content.authority());
        checkRules(content);
        ReportView before = stored(report);
        apply(content, report);
        return publishCurrent(report, input.reason().strip(), before);
    }

    private ReportView publishCurrent(Report report, String reason, ReportView before) {
        OffsetDateTime now = Clocks.timestamp(clock);
        report.documentVersion++;
        report.publishedAt = now;
        stamps.changed(report);
        repository.flush();
        ReportContent content = new ReportContent(report.documentVersion, report.authority, report.type,
                report.title, report.periodCovered, report.author, report.contactOfficer, report.executiveSummary,
                List.copyOf(report.recommendations), report.body, report.visibility, report.exemptParagraph,
                json.sections(report.sectionsJson), json.summary(report.childFriendlySummaryJson));
        sql.list("""
                insert into report_version (report_id, number, content, reason, published_at, published_by)
                values (?, ?, ?::jsonb, ?, ?, ?) returning number""", parameters -> parameters.id(report.id)
                .integer(report.documentVersion).text(json.write(content)).text(reason).timestamp(now)
                .text(caller.name()), row -> row.getInt(1));
        audit.record(AUDIT_TYPE, report.id, AuditAction.UPDATE, before, stored(report));
        return fullView(report);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportView.VersionList versions(long id) {
        Report report = findVisible(id);
        boolean insider = caller.isInsider(report.authority);
        return new ReportView.VersionList(sql.list("""
                select number, published_at, published_by, reason from report_version where report_id = ?
                order by number""", parameters -> parameters.id(id),
                row -> new ReportView.VersionSummary(row.getInt("number"),
                        row.getObject("published_at", OffsetDateTime.class),
                        insider ? row.getString("published_by") : null, row.getString("reason"))));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportView.Version version(long id, int number) {
        Report report = findVisible(id);
        boolean insider = caller.isInsider(report.authority);
        return sql.list("""
                select content, published_at, published_by, reason from report_version
                where report_id = ? and number = ?""", parameters -> parameters.id(id).integer(number), row -> {
                    ReportContent content = json.content(row.getString("content"));
                    return new ReportView.Version(id, number, row.getObject("published_at", OffsetDateTime.class),
                            insider ? row.getString("published_by") : null, row.getString("reason"),
                            content.authority(), content.type(), content.title(), content.periodCovered(),
                            content.author(), content.contactOfficer(), content.executiveSummary(),
                            content.recommendations(), content.body(), content.visibility(), content.exemptParagraph(),
                            citations.resolve(content.authority(), content.sections()),
                            content.childFriendlySummary());
                }).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("Report " + id + " has no version " + number));
    }

    /** The board's decision on a recommendation, once the report has been presented. */
    @Transactional
    public ReportView recordDecision(long id, int recommendation, String ifMatch, ReportDecisionInput input) {
        Report report = findWritable(id, ifMatch);
        List<Presentation> presented = presentations.of(List.of(id)).getOrDefault(id, List.of());
        if (report.status == ReportStatus.DRAFT || presented.isEmpty()) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "The board decides on a report's recommendations once"
                    + " it is presented: publish it and put it among the papers of a meeting that has been held");
        }
        requireRecommendation(report, recommendation);
        LocalDate first = presented.stream().map(Presentation::meetingDate).min(Comparator.naturalOrder())
                .orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        ReportRules.decisionDate(input.decidedOn(), first, Clocks.boardDate(clock)).ifPresent(errors::add);
        if (input.resolutionId() != null
                && !presentations.isResolutionWhereItWasPresented(id, input.resolutionId())) {
            errors.add(new FieldError("resolutionId", "unknown", "Resolution " + input.resolutionId()
                    + " was not made on an agenda item at which this report was presented"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        ReportView before = stored(report);
        sql.list("""
                insert into report_decision (report_id, recommendation, outcome, words, decided_on, resolution_id,
                                             recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (report_id, recommendation) do update set outcome = excluded.outcome,
                    words = excluded.words, decided_on = excluded.decided_on, resolution_id = excluded.resolution_id,
                    recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by
                returning recommendation""", parameters -> parameters.id(id).integer(recommendation)
                .wire(input.outcome()).text(input.words() == null ? null : input.words().strip())
                .date(input.decidedOn()).optionalId(input.resolutionId()).timestamp(Clocks.timestamp(clock))
                .text(caller.name()), row -> row.getInt(1));
        return afterDecision(report, before);
    }

    @Transactional
    public ReportView withdrawDecision(long id, int recommendation, String ifMatch) {
        Report report = findWritable(id, ifMatch);
        ReportView before = stored(report);
        List<Integer> removed = sql.list("""
                delete from report_decision where report_id = ? and recommendation = ? returning recommendation""",
                parameters -> parameters.id(id).integer(recommendation), row -> row.getInt(1));
        if (removed.isEmpty()) {
            throw ApiException.notFound("No decision is recorded on recommendation " + recommendation
                    + " of report " + id);
        }
        return afterDecision(report, before);
    }

    /** A decision changes the report's version, so that a client holding the old one is told. */
    private ReportView afterDecision(Report report, ReportView before) {
        stamps.changed(report);
        repository.flush();
        audit.record(AUDIT_TYPE, report.id, AuditAction.UPDATE, before, stored(report));
        return fullView(report);
    }

    private static void requireRecommendation(Report report, int recommendation) {
        if (recommendation > report.recommendations.size()) {
            throw ApiException.notFound("Report " + report.id + " has " + report.recommendations.size()
                    + " recommendations; there is no recommendation " + recommendation);
        }
    }

    private static void requireSameAuthority(Report report, String authority) {
        if (!report.authority.equals(authority)) {
            throw ApiException.invalid("authority", "immutable",
                    "A report stays with the authority it was written for (" + report.authority + ")");
        }
    }

    /** A report the caller may change: one they may read (else 404), of their authority (else 403), current. */
    private Report findWritable(long id, String ifMatch) {
        Report report = findVisible(id);
        caller.requireWriteAccess(report.authority);
        EntityTags.requireCurrent(ifMatch, report.version);
        return report;
    }

    /** A draft or exempt report is "not found" for everyone but the authority's insiders: its existence is private. */
    private Report findVisible(long id) {
        return repository.findByIdOptional(id).filter(this::mayRead)
                .orElseThrow(() -> ApiException.notFound("There is no report " + id));
    }

    private boolean mayRead(Report report) {
        return report.visibility == Visibility.PUBLIC && report.status != ReportStatus.DRAFT
                || caller.isInsider(report.authority);
    }

    /** The report whole, its citations read live for this caller. */
    private ReportView fullView(Report report) {
        return view(report, presentations.of(List.of(report.id)).getOrDefault(report.id, List.of()),
                decisions(List.of(report.id)).getOrDefault(report.id, List.of()),
                citations.resolve(report.authority, json.sections(report.sectionsJson)),
                json.summary(report.childFriendlySummaryJson), null);
    }

    /** The report as stored, for the audit: its sections as written, no citation read. */
    private ReportView stored(Report report) {
        return view(report, List.of(), decisions(List.of(report.id)).getOrDefault(report.id, List.of()),
                json.sections(report.sectionsJson), json.summary(report.childFriendlySummaryJson), null);
    }

    private static ReportView view(Report report, List<Presentation> presentedAt, List<ReportView.Decision> decisions,
            List<ReportSection> sections, List<ChildFriendlyPart> summary, String snippet) {
        ReportStatus status = report.status == ReportStatus.PUBLISHED && !presentedAt.isEmpty()
                ? ReportStatus.PRESENTED : report.status;
        return new ReportView(report.id, report.authority, report.type, report.title, report.periodCovered,
                report.author, report.contactOfficer, report.executiveSummary, List.copyOf(report.recommendations),
                report.body, report.visibility, report.exemptParagraph, report.version, report.createdAt,
                report.updatedAt, status, report.documentVersion, report.publishedAt, sections, summary,
                presentedAt, decisions, snippet);
    }

    private Map<Long, List<ReportView.Decision>> decisions(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return sql.list("""
                select report_id, recommendation, outcome, words, decided_on, resolution_id from report_decision
                where report_id = any (?) order by report_id, recommendation""", parameters -> parameters.ids(ids),
                row -> Map.entry(row.getLong("report_id"), new ReportView.Decision(row.getInt("recommendation"),
                        WireValue.stored(DecisionOutcome.class, row.getString("outcome")), row.getString("words"),
                        row.getObject("decided_on", LocalDate.class), row.getObject("resolution_id", Long.class))))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
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
        List<ReportSection> sections = Objects.requireNonNullElse(input.sections(), List.of());
        errors.addAll(ReportRules.tableShapes(sections));
        errors.addAll(ReportRules.periods(sections));
        errors.addAll(ReportRules.unknownIndicators(sections, indicators.catalogue().keySet()));
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
        report.sectionsJson = json.write(ReportJson.bare(Objects.requireNonNullElse(input.sections(), List.of())));
        report.childFriendlySummaryJson = json.write(Objects.requireNonNullElse(input.childFriendlySummary(),
                List.of()));
        report.updatedBy = caller.name();
        stamps.changed(report);
    }
}
