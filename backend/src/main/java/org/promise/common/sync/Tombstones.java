package org.promise.common.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.promise.common.sql.PlainSql;
import org.promise.common.time.Clocks;
import org.promise.common.wire.WireValue;

/**
 * The sync_tombstone table: written in the transaction of the deletion (or of the change that made an object
 * private), read by the lists that report {@code deleted}.
 */
@ApplicationScoped
public class Tombstones {

    private final PlainSql sql;
    private final Clock clock;

    public Tombstones(PlainSql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(TombstoneKind kind, long id, String authority) {
        sql.batch("insert into sync_tombstone (kind, object_id, authority_code, deleted_at) values (?, ?, ?, ?)",
                List.of(id), (parameters, objectId) -> parameters.wire(kind).id(objectId).text(authority)
                        .timestamp(Clocks.timestamp(clock)));
    }

    /** The tombstones of these kinds written after {@code since}, of one authority or (null) of all, oldest first. */
    public List<Tombstone> since(List<TombstoneKind> kinds, String authority, OffsetDateTime since) {
        return sql.list("select kind, object_id, deleted_at from sync_tombstone where kind = any (?) and deleted_at > ?"
                + " and (?::text is null or authority_code = ?) order by deleted_at, id",
                parameters -> parameters.texts(kinds.stream().map(TombstoneKind::wire).toList()).timestamp(since).text(authority).text(authority),
                row -> new Tombstone(WireValue.stored(TombstoneKind.class, row.getString("kind")),
                        row.getLong("object_id"), row.getObject("deleted_at", OffsetDateTime.class)));
    }
}
