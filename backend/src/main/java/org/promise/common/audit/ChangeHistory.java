package org.promise.common.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** A record's changes, newest first: who, when, and each field before and after (the contract's ChangeHistory). */
public record ChangeHistory(List<Entry> items) {

    public record Entry(OffsetDateTime at, String by, String action, List<FieldChange> changes) {
    }

    /** One field as it was and as it became, written out as text; null where it was or became empty. */
    public record FieldChange(String field, String before, String after) {
    }
}
