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
        record(kind, List.of(id), authority);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(TombstoneKind kind, List<Long> ids, String authority) {
        if (ids.isEmpty()) {
            return;
        }
        sql.batch("insert into sync_tombstone (kind, object_id, authority_code, deleted_at) values (?, ?, ?, ?)",
                ids, (parameters, objectId) -> parameters.wire(kind).id(objectId).text(authority)
                        .timestamp(Clocks.timestamp(clock)));
    }

    /**
     * The object is back in the public's view (an item made public again): a client that reads its changes gets it
     * again, and must not be told it went.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(TombstoneKind kind, long id) {
        sql.list("delete from sync_tombstone where kind = ? and object_id = ? returning id",
                parameters -> parameters.wire(kind).id(id), row -> row.getLong(1));
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
