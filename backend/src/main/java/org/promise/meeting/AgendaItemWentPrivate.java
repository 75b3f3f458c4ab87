package org.promise.meeting;

/**
 * An agenda item was made exempt: what hangs on it has gone for the public with it. Fired synchronously in the
 * transaction of the change, so that a feature above (the record's actions) writes its tombstones in that
 * transaction too.
 */
public record AgendaItemWentPrivate(long itemId, String authority) {
}
