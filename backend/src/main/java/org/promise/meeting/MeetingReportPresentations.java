package org.promise.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.promise.common.sql.PlainSql;
import org.promise.common.time.Clocks;
import org.promise.report.ReportPresentations;

/**
 * Where reports were presented, answered by the meeting feature, which knows who sees which agenda item: a
 * presentation is a paper of an agenda item of a meeting that is not cancelled and whose date has come.
 */
@ApplicationScoped
public class MeetingReportPresentations implements ReportPresentations {

    /** An agenda item (i) of a held meeting (m) with report p.report_id among its papers (p). */
    private static final String PRESENTED = """
            agenda_paper p join agenda_item i on i.id = p.agenda_item_id join meeting m on m.id = i.meeting_id
            where m.status <> 'cancelled' and m.meeting_date <= ?""";

    private final PlainSql sql;
    private final MeetingReads reads;
    private final Clock clock;

    public MeetingReportPresentations(PlainSql sql, MeetingReads reads, Clock clock) {
        this.sql = sql;
        this.reads = reads;
        this.clock = clock;
    }

    @Override
    public Map<Long, List<Presentation>> of(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        return sql.list("""
                select distinct p.report_id, m.id as meeting_id, m.meeting_date, m.title as meeting_title,
                       m.authority_code, i.id as item_id, i.number, i.title as item_title, i.exempt
                from %s and p.report_id = any (?)
                order by m.meeting_date, i.number""".formatted(PRESENTED),
                parameters -> parameters.date(Clocks.boardDate(clock)).ids(List.copyOf(reportIds)),
                row -> !reads.seesInFull(row.getBoolean("exempt"), row.getString("authority_code")) ? null
                        : Map.entry(row.getLong("report_id"), new Presentation(row.getLong("meeting_id"),
                                row.getObject("meeting_date", LocalDate.class), row.getString("meeting_title"),
                                row.getLong("item_id"), row.getInt("number"), row.getString("item_title"))))
                .stream().filter(Objects::nonNull).collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    @Override
    public boolean isReferenced(long reportId) {
        return !sql.list("""
                select 1 from agenda_paper where report_id = ?
                union all select 1 from resolution where notes_report_id = ? limit 1""",
                parameters -> parameters.id(reportId).id(reportId), row -> true).isEmpty();
    }

    @Override
    public boolean isResolutionWhereItWasPresented(long reportId, long resolutionId) {
        return !sql.list("""
                select 1 from %s and p.report_id = ?
                  and exists (select 1 from resolution r where r.id = ? and r.agenda_item_id = i.id)"""
                .formatted(PRESENTED), parameters -> parameters.date(Clocks.boardDate(clock)).id(reportId)
                .id(resolutionId), row -> true).isEmpty();
    }
}
