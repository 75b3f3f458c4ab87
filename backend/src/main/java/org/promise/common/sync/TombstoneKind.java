package org.promise.common.sync;

import org.promise.common.wire.WireValue;

/** What a tombstone stands for, as sync_tombstone.kind spells it. */
public enum TombstoneKind implements WireValue {
    MEETING, AGENDA_ITEM, ACTION_ARISING, WORK_PROGRAMME_ITEM
}
