package org.promise.pack;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.promise.common.sql.PlainSql;

/**
 * The few facts of meetings a pack needs, read in plain SQL (decision 20): where packs were presented, for lists of
 * them, and whether a meeting and item can be where one is presented.
 */
@ApplicationScoped
public class PackReads {

    private static final String PRESENTATIONS = """
            select p.id, m.id, m.meeting_date, a.id, a.number
            from performance_pack p
            join meeting m on m.id = p.meeting_id
            left join agenda_item a on a.id = p.agenda_item_id
            where p.id = any(?)
            """;

    private static final String MEETING = """
            select authority_code, status from meeting where id = ?
            """;

    private static final String ITEM_MEETING = """
            select meeting_id from agenda_item where id = ?
            """;

    private final PlainSql sql;

    public PackReads(PlainSql sql) {
        this.sql = sql;
    }

    /** Where each of these packs was presented, by pack id; packs presented nowhere are left out. */
    Map<Long, PerformancePackView.Presentation> presentations(Collection<Long> packIds) {
        if (packIds.isEmpty()) {
            return Map.of();
        }
        return sql.list(PRESENTATIONS, parameters -> parameters.ids(packIds), row -> {
            long packId = row.getLong(1);
            long meetingId = row.getLong(2);
            LocalDate date = row.getObject(3, LocalDate.class);
            long itemId = row.getLong(4);
            boolean hasItem = !row.wasNull();
            return Map.entry(packId, new PerformancePackView.Presentation(meetingId, date, hasItem ? itemId : null,
                    hasItem ? String.valueOf(row.getInt(5)) : null));
        }).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A meeting's authority and status. */
    record MeetingFacts(String authority, String status) {
    }

    Optional<MeetingFacts> meeting(long id) {
        List<MeetingFacts> found = sql.list(MEETING, parameters -> parameters.id(id),
                row -> new MeetingFacts(row.getString(1), row.getString(2)));
        return found.stream().findFirst();
    }

    /** The meeting an agenda item is of. */
    Optional<Long> meetingOfItem(long itemId) {
        return sql.list(ITEM_MEETING, parameters -> parameters.id(itemId), row -> row.getLong(1)).stream()
                .findFirst();
    }
}
