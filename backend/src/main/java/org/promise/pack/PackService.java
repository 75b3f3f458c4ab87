package org.promise.pack;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.promise.area.AreaService;
import org.promise.area.AreaView;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.ApiException;
import org.promise.common.persistence.Stamps;
import org.promise.common.security.Caller;
import org.promise.common.security.Role;
import org.promise.common.time.Clocks;
import org.promise.period.Period;
import org.promise.period.PeriodKind;
import org.promise.period.PeriodParam;

/**
 * The board's performance packs (decision 35): drafted from the live figures, commented on, frozen once as
 * presented. A pack is its authority's own, provisional values and true small numbers included: for everybody but
 * the authority's officers, board members and administrators it does not exist (404); its officers and
 * administrators change it.
 */
@ApplicationScoped
public class PackService {

    static final String AUDIT_TYPE = "performance-pack";

    private final PerformancePackRepository repository;
    private final PackGenerator generator;
    private final PackReads reads;
    private final CanonicalJson canonical;
    private final AreaService areas;
    private final AuditService audit;
    private final Caller caller;
    private final Stamps stamps;
    private final Clock clock;

    public PackService(PerformancePackRepository repository, PackGenerator generator, PackReads reads,
            CanonicalJson canonical, AreaService areas, AuditService audit, Caller caller, Stamps stamps,
            Clock clock) {
        this.repository = repository;
        this.generator = generator;
        this.reads = reads;
        this.canonical = canonical;
        this.areas = areas;
        this.audit = audit;
        this.caller = caller;
        this.stamps = stamps;
        this.clock = clock;
    }

    /** The frozen bytes and their digests, as {@code .../content} serves them. */
    public record FrozenContent(String text, String sha256, long version) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PerformancePackView> list(PerformancePackRepository.Filter filter) {
        List<PerformancePack> packs = repository.visible(caller.insiderAuthorities(), caller.hasRole(Role.ADMIN),
                filter);
        Map<Long, PerformancePackView.Presentation> presented = reads.presentations(packs.stream()
                .filter(pack -> pack.meetingId != null).map(pack -> pack.id).toList());
        return packs.stream().map(pack -> PerformancePackView.of(pack, presented.get(pack.id), null)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PerformancePackView get(long id) {
        return view(findVisible(id));
    }

    @Transactional
    public PerformancePackView create(PerformancePackInput input) {
        caller.requireWriteAccess(input.authority());
        AreaView authority = areas.findLocalAuthority(input.authority()).orElseThrow(() -> ApiException.invalid(
                "authority", "local-authority", input.authority() + " is not a local authority that Promise serves"));
        Period period = packPeriod(input.period());
        if (input.title() != null && input.title().isBlank()) {
            throw ApiException.invalid("title", "required", "A title, if given, is not blank");
        }
        PerformancePack pack = new PerformancePack();
        pack.authority = authority.code();
        pack.period = period.code();
        pack.title = input.title() != null ? input.title().strip()
                : "Performance pack, " + PackRows.periodLabel(period) + " (" + authority.name() + ")";
        pack.status = PackStatus.DRAFT;
        pack.createdBy = caller.name();
        stamps.created(pack);
        pack.updatedBy = pack.createdBy;
        repository.persistAndFlush(pack);
        PerformancePackView created = view(pack);
        audit.record(AUDIT_TYPE, pack.id, AuditAction.CREATE, null, summary(pack));
        return created;
    }

    /** Sets an officer's commentary on one indicator of a draft. */
    @Transactional
    public PerformancePackView writeCommentary(long id, String indicator, String ifMatch, PackCommentaryInput input) {
        PerformancePack pack = findToChange(id, ifMatch, "Its commentary is part of what the board saw");
        String text = input.text().strip();
        // The pack's content with the new words, generated once: it says whether the indicator is on the pack and
        // is the answer's content.
        Map<String, String> commentaryAfter = commentaryOf(pack);
        commentaryAfter.put(indicator, text);
        PackContent content = generator.generate(pack.authority, Period.parse(pack.period), commentaryAfter);
        requireOnThePack(content, indicator);
        PackCommentary commentary = pack.commentary.computeIfAbsent(indicator, code -> new PackCommentary());
        String before = commentary.text;
        commentary.text = text;
        commentary.updatedAt = Clocks.timestamp(clock);
        commentary.updatedBy = caller.name();
        changed(pack);
        audit.record(AUDIT_TYPE, id, before == null ? AuditAction.CREATE : AuditAction.UPDATE,
                before == null ? null : Map.of("indicator", indicator, "commentary", before),
                Map.of("indicator", indicator, "commentary", commentary.text));
        return PerformancePackView.of(pack, presentation(pack), content);
    }

    /** Removes the commentary on one indicator of a draft; removing none changes nothing. */
    @Transactional
    public PerformancePackView removeCommentary(long id, String indicator, String ifMatch) {
        PerformancePack pack = findToChange(id, ifMatch, "Its commentary is part of what the board saw");
        PackCommentary removed = pack.commentary.remove(indicator);
        if (removed != null) {
            changed(pack);
            audit.record(AUDIT_TYPE, id, AuditAction.DELETE, Map.of("indicator", indicator, "commentary",
                    removed.text), null);
        }
        return view(pack);
    }

    /**
     * Freezes a draft as presented: generates its content once more, writes it once as canonical bytes and stores
     * them with their SHA-256. Two freezes quoting the same version: one wins, the other is refused (412).
     */
    @Transactional
    public PerformancePackView freeze(long id, String ifMatch, PackFreezeInput input) {
        PerformancePack pack = findToChange(id, ifMatch, "A pack is frozen once");
        checkPresentation(pack, input);
        PerformancePackView before = summary(pack);
        String content = canonical.write(generator.generate(pack.authority, Period.parse(pack.period),
                commentaryOf(pack)));
        pack.meetingId = input.meetingId();
        pack.agendaItemId = input.agendaItemId();
        pack.content = content;
        pack.contentSha256 = CanonicalJson.sha256Hex(content);
        pack.status = PackStatus.FROZEN;
        pack.frozenAt = Clocks.timestamp(clock);
        pack.frozenBy = caller.name();
        changed(pack);
        PerformancePackView after = view(pack);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, before, summary(pack));
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FrozenContent content(long id) {
        PerformancePack pack = requireFrozen(findVisible(id));
        return new FrozenContent(pack.content, pack.contentSha256, pack.version);
    }

    /** The frozen content beside the content generated now for the same authority and period. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PackChange.Page changes(long id) {
        PerformancePack pack = requireFrozen(findVisible(id));
        PackContent frozen = canonical.read(pack.content);
        PackContent now = generator.generate(pack.authority, Period.parse(pack.period), Map.of());
        return new PackChange.Page(pack.id, pack.frozenAt, now.generatedAt(), PackChanges.between(frozen, now));
    }

    /** Removes a draft; a frozen pack is the record of what the board saw. */
    @Transactional
    public void delete(long id, String ifMatch) {
        PerformancePack pack = findToChange(id, ifMatch, "A frozen pack is the record of what the board saw and is"
                + " kept");
        audit.record(AUDIT_TYPE, id, AuditAction.DELETE, summary(pack), null);
        repository.delete(pack);
    }

    /** A pack does not exist for anybody but its authority's insiders: its existence is private too. */
    private PerformancePack findVisible(long id) {
        return repository.findByIdOptional(id).filter(pack -> caller.isInsider(pack.authority))
                .orElseThrow(() -> ApiException.notFound("There is no performance pack " + id));
    }

    /** A draft the caller may change, at the version they quote; {@code whyNot} says why a frozen one is not. */
    private PerformancePack findToChange(long id, String ifMatch, String whyNot) {
        PerformancePack pack = findVisible(id);
        caller.requireWriteAccess(pack.authority);
        EntityTags.requireCurrent(ifMatch, pack.version);
        if (pack.status == PackStatus.FROZEN) {
            throw ApiException.of(ApiException.Kind.NOT_NOW, "The pack was frozen on "
                    + Clocks.written(pack.frozenAt.toLocalDate()) + " and does not change: " + whyNot);
        }
        return pack;
    }

    private static PerformancePack requireFrozen(PerformancePack pack) {
        if (pack.status != PackStatus.FROZEN) {
            throw ApiException.of(ApiException.Kind.NOT_NOW,
                    "A draft has no frozen content: its content is generated whenever it is read; freeze it first");
        }
        return pack;
    }

    private void changed(PerformancePack pack) {
        stamps.changed(pack);
        pack.updatedBy = caller.name();
        repository.flush();
    }

    /** A financial year or quarter that has ended or is under way. */
    private Period packPeriod(String code) {
        Period period = PeriodParam.parse("period", code);
        if (period.kind() != PeriodKind.FINANCIAL_YEAR && period.kind() != PeriodKind.FINANCIAL_QUARTER) {
            throw ApiException.invalid("period", "period", "A pack is of a financial year (such as 2023-24) or "
                    + "quarter (such as 2023-24-Q2), not of " + code);
        }
        LocalDate today = Clocks.boardDate(clock);
        if (period.start().isAfter(today)) {
            throw ApiException.invalid("period", "period", "A pack is of a period that has ended or is under way;"
                    + " " + code + " begins on " + Clocks.written(period.start()));
        }
        return period;
    }

    /** The meeting must be the pack's authority's and not cancelled; the item one of that meeting's. */
    private void checkPresentation(PerformancePack pack, PackFreezeInput input) {
        if (input.agendaItemId() != null && input.meetingId() == null) {
            throw ApiException.invalid("agendaItemId", "agenda-item",
                    "Name the meeting (meetingId) of the agenda item the pack is presented under");
        }
        if (input.meetingId() == null) {
            return;
        }
        PackReads.MeetingFacts meeting = reads.meeting(input.meetingId())
                .filter(found -> found.authority().equals(pack.authority))
                .orElseThrow(() -> ApiException.invalid("meetingId", "meeting", "Meeting " + input.meetingId()
                        + " is not a meeting of the pack's authority (" + pack.authority + ")"));
        if (meeting.status().equals("cancelled")) {
            throw ApiException.invalid("meetingId", "meeting", "Meeting " + input.meetingId()
                    + " was cancelled; a pack is presented at a meeting that takes place");
        }
        if (input.agendaItemId() != null && !reads.meetingOfItem(input.agendaItemId())
                .filter(input.meetingId()::equals).isPresent()) {
            throw ApiException.invalid("agendaItemId", "agenda-item", "Agenda item " + input.agendaItemId()
                    + " is not an item of meeting " + input.meetingId());
        }
    }

    /** Commentary is on an indicator of the pack's scorecard. */
    private static void requireOnThePack(PackContent content, String indicator) {
        if (content.indicators().noneMatch(onThePack -> onThePack.code().equals(indicator))) {
            throw ApiException.notFound("Indicator " + indicator + " is not on this pack's scorecard");
        }
    }

    /** The pack's commentary by indicator, a map of its own that the caller may change. */
    private static Map<String, String> commentaryOf(PerformancePack pack) {
        return pack.commentary.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().text, (first, second) -> first, TreeMap::new));
    }

    /** The pack with its content: a draft's generated now, a frozen one's read from its bytes. */
    private PerformancePackView view(PerformancePack pack) {
        PackContent content = pack.status == PackStatus.FROZEN ? canonical.read(pack.content)
                : generator.generate(pack.authority, Period.parse(pack.period), commentaryOf(pack));
        return PerformancePackView.of(pack, presentation(pack), content);
    }

    /** The pack without its content, as the audit keeps it. */
    private PerformancePackView summary(PerformancePack pack) {
        return PerformancePackView.of(pack, presentation(pack), null);
    }

    private PerformancePackView.Presentation presentation(PerformancePack pack) {
        return pack.meetingId == null ? null : reads.presentations(List.of(pack.id)).get(pack.id);
    }
}
