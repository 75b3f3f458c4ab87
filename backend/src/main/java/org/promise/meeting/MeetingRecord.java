package org.promise.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import org.promise.common.error.ApiException;
import org.promise.common.sql.PlainSql;

/**
 * What the board's record (minutes, resolutions, the work programme) holds of a meeting or an agenda item. Those
 * tables belong to the layer above; this asks only whether a row names the thing, so that a meeting or item that is
 * part of the record is never removed from under it.
 */
@ApplicationScoped
public class MeetingRecord {

    private final PlainSql sql;

    public MeetingRecord(PlainSql sql) {
        this.sql = sql;
    }

    /** Whether a minute or a resolution is written on the item. */
    boolean itemHasRecord(long agendaItemId) {
        return exists("""
                select exists (select 1 from minute_version where agenda_item_id = ?)
                    or exists (select 1 from resolution where agenda_item_id = ?)""", agendaItemId, 2);
    }

    /** Whether a minute or resolution is written on the meeting's items, or a resolution or the programme names it. */
    boolean meetingHasRecord(long meetingId) {
        return exists("""
                select exists (select 1 from minute_version v join agenda_item i on i.id = v.agenda_item_id
                               where i.meeting_id = ?)
                    or exists (select 1 from resolution r join agenda_item i on i.id = r.agenda_item_id
                               where i.meeting_id = ?)
                    or exists (select 1 from resolution where approves_meeting_id = ?)
                    or exists (select 1 from work_programme_item where meeting_id = ?)
                    or exists (select 1 from work_programme_move where from_meeting_id = ? or to_meeting_id = ?)""",
                meetingId, 6);
    }

    /**
     * A performance pack frozen as presented at a meeting or agenda item: the pack (a layer above) keeps the place it
     * was presented at, so that place stays while the pack is kept.
     */
    record PresentedPack(long id, String title) {

        /** The refusal of a change that would remove the place it was presented at ("this meeting"). */
        ApiException keeps(String place) {
            return ApiException.of(ApiException.Kind.NOT_NOW, "Performance pack " + id + ", '" + title + "', was "
                    + "presented at " + place + " and is kept as the record of what the board saw: it stays");
        }
    }

    /** A pack presented at the meeting or at one of its items (an item's pack names its meeting too), if any. */
    Optional<PresentedPack> packPresentedAtMeeting(long meetingId) {
        return presentedPack("meeting_id", meetingId);
    }

    /** A pack presented at the agenda item, if any. */
    Optional<PresentedPack> packPresentedAtItem(long agendaItemId) {
        return presentedPack("agenda_item_id", agendaItemId);
    }

    private Optional<PresentedPack> presentedPack(String column, long id) {
        return sql.list("select id, title from performance_pack where " + column + " = ? order by id limit 1",
                parameters -> parameters.id(id), row -> new PresentedPack(row.getLong(1), row.getString(2)))
                .stream().findFirst();
    }

    /** Whether a minute or a resolution is written on the meeting's items: a cancelled meeting holds neither. */
    boolean meetingTransactedBusiness(long meetingId) {
        return exists("""
                select exists (select 1 from minute_version v join agenda_item i on i.id = v.agenda_item_id
                               where i.meeting_id = ?)
                    or exists (select 1 from resolution r join agenda_item i on i.id = r.agenda_item_id
                               where i.meeting_id = ?)""", meetingId, 2);
    }

    /**
     * Where the approval of minutes pins a meeting's date: the meeting whose resolution approved its minutes is
     * later ({@code approvedAt}), and the meetings whose minutes its resolutions approved are earlier (the latest of
     * them, {@code latestApproved}); either null when there is none.
     */
    record ApprovalDates(LocalDate approvedAt, LocalDate latestApproved) {
    }

    ApprovalDates approvalDates(long meetingId) {
        return sql.list("""
                select (select min(m.meeting_date) from resolution r join agenda_item i on i.id = r.agenda_item_id
                        join meeting m on m.id = i.meeting_id
                        where r.approves_meeting_id = ? and r.kind = 'approve-minutes'),
                       (select max(a.meeting_date) from resolution r join agenda_item i on i.id = r.agenda_item_id
                        join meeting a on a.id = r.approves_meeting_id
                        where i.meeting_id = ? and r.kind = 'approve-minutes')""",
                parameters -> parameters.id(meetingId).id(meetingId),
                row -> new ApprovalDates(row.getObject(1, LocalDate.class), row.getObject(2, LocalDate.class))).get(0);
    }

    private boolean exists(String statement, long id, int times) {
        return sql.list(statement, parameters -> {
            for (int i = 0; i < times; i++) {
                parameters.id(id);
            }
        }, row -> row.getBoolean(1)).get(0);
    }
}
