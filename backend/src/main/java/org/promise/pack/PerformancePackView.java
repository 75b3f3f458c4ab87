package org.promise.pack;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A pack as the API gives it; {@code content} is left out of lists. Only the authority's insiders read packs, so
 * the account that froze one is shown.
 */
public record PerformancePackView(long id, String authority, String period, String periodLabel, String title,
        PackStatus status, Presentation presentedAt, OffsetDateTime createdAt, OffsetDateTime frozenAt,
        String frozenBy, String contentSha256, long version, PackContent content) {

    /** Where a frozen pack was presented. */
    public record Presentation(long meetingId, LocalDate meetingDate, Long agendaItemId, String agendaItemNumber) {
    }

    static PerformancePackView of(PerformancePack pack, Presentation presentedAt, PackContent content) {
        return new PerformancePackView(pack.id, pack.authority, pack.period,
                PackRows.periodLabel(org.promise.period.Period.parse(pack.period)), pack.title, pack.status,
                presentedAt, pack.createdAt, pack.frozenAt, pack.frozenBy, pack.contentSha256, pack.version, content);
    }

    public record Page(List<PerformancePackView> items) {
    }
}
