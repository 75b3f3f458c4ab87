package org.promise.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.promise.area.Area;
import org.promise.area.AreaService;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;
import org.promise.common.security.Caller;
import org.promise.common.sync.SyncQuery;
import org.promise.disclosure.Audience;
import org.promise.disclosure.DisclosureService;
import org.promise.disclosure.Suppression;
import org.promise.figure.TidyPeriods;
import org.promise.figure.ValueStatus;
import org.promise.indicator.IndicatorService;
import org.promise.period.Period;
import org.promise.period.PeriodParam;

/**
 * Published figures for partner systems and analysts: what the caller may read, a page at a time, with small
 * numbers always suppressed (this is an export, whoever asks).
 */
@ApplicationScoped
public class KpiService {

    /** What the caller asked for, as given. */
    public record Filter(List<String> indicators, List<String> areas, String period, String from, String to,
            ValueStatus status, List<String> timeIdentifiers, String modifiedSince, String after, String before, int pageSize) {
    }

    private final KpiReads reads;
    private final DisclosureService disclosure;
    private final IndicatorService indicators;
    private final AreaService areas;
    private final Caller caller;

    public KpiService(KpiReads reads, DisclosureService disclosure, IndicatorService indicators, AreaService areas,
            Caller caller) {
        this.reads = reads;
        this.disclosure = disclosure;
        this.indicators = indicators;
        this.areas = areas;
        this.caller = caller;
    }

    public KpiRow.Page page(Filter filter) {
        checkCodes(filter);
        Period period = filter.period() == null ? null : PeriodParam.parse("period", filter.period());
        Period from = filter.from() == null ? null : PeriodParam.parse("from", filter.from());
        Period to = filter.to() == null ? null : PeriodParam.parse("to", filter.to());
        if (filter.after() != null && filter.before() != null) {
            throw ApiException.invalid("before", "one-cursor", "Send after or before, not both");
        }
        OffsetDateTime modifiedSince = SyncQuery.modifiedSince(filter.modifiedSince());
        KpiCursor after = KpiCursor.decode("after", filter.after());
        KpiCursor before = KpiCursor.decode("before", filter.before());
        KpiReads.Query query = new KpiReads.Query(filter.indicators(), filter.areas(),
                period == null ? null : period.code(), from == null ? null : from.end(), to == null ? null : to.end(),
                filter.status(), TidyPeriods.filter(filter.timeIdentifiers()), modifiedSince, after, before,
                filter.pageSize());
        Audience audience = Audience.of(caller);
        List<KpiRow> found = reads.page(query, audience);
        boolean more = found.size() > filter.pageSize();
        List<KpiRow> page = new ArrayList<>(more ? found.subList(0, filter.pageSize()) : found);
        boolean backwards = before != null;
        if (backwards) {
            Collections.reverse(page);
        }
        // Read forwards, there is a next page when a row was left over, and a previous one when we came from it;
        // read backwards, the other way round.
        boolean hasNext = backwards ? !page.isEmpty() : more;
        boolean hasPrev = backwards ? more : after != null && !page.isEmpty();
        List<KpiRow> rows = suppressed(page);
        String next = hasNext ? KpiCursor.of(page.get(page.size() - 1)).encode() : null;
        String prev = hasPrev ? KpiCursor.of(page.get(0)).encode() : null;
        // Withdrawals come once, with the first page of the changes, as the sync lists report their tombstones.
        List<KpiRow.Withdrawn> withdrawn = modifiedSince == null ? null
                : after == null && before == null ? reads.withdrawn(query, audience) : List.of();
        return new KpiRow.Page(rows, filter.pageSize(), next, prev, withdrawn);
    }

    /**
     * Withheld figures become "c" with no number anywhere in the row: value, fraction, RAG, note and flags go; the
     * others' notes go when they state a small count.
     */
    private List<KpiRow> suppressed(List<KpiRow> rows) {
        Set<Suppression.Key> withheld = disclosure.withheld(rows.stream().map(row -> DisclosureService.cell(
                row.indicator(), row.area(), row.period(), row.unit(), row.value(), row.numerator(),
                row.denominator())).toList());
        return rows.stream().map(row -> withheld.contains(new Suppression.Key(row.indicator(), row.area(),
                row.period())) ? row.withheld() : row.screened()).toList();
    }

    /** Rows a page when the meta file reads every page of the selection: the feed's largest. */
    private static final int META_PAGE = 1000;

    /**
     * The EES metadata file of the rows the filter selects, every page of them as the feed serves them (its cursor
     * and page size are not read).
     */
    public String meta(Filter filter) {
        List<KpiRow> rows = new ArrayList<>();
        List<KpiRow.Withdrawn> withdrawn = new ArrayList<>();
        String after = null;
        do {
            KpiRow.Page result = page(new Filter(filter.indicators(), filter.areas(), filter.period(), filter.from(),
                    filter.to(), filter.status(), filter.timeIdentifiers(), filter.modifiedSince(), after, null,
                    META_PAGE));
            rows.addAll(result.items());
            if (result.withdrawn() != null) {
                withdrawn.addAll(result.withdrawn());
            }
            after = result.next();
        } while (after != null);
        Map<String, Integer> decimals = new HashMap<>();
        indicators.catalogue().forEach((code, indicator) -> decimals.put(code, indicator.decimals));
        return KpiMeta.write(rows, withdrawn, areas.allByCode(), decimals);
    }

    /** Every area by its code, for the CSV layout's geography columns. */
    public Map<String, Area> areasByCode() {
        return areas.allByCode();
    }

    private void checkCodes(Filter filter) {
        List<FieldError> errors = new ArrayList<>(indicators.unknownCodes("indicator", filter.indicators()));
        errors.addAll(areas.unknownCodes("area", filter.areas()));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
