package org.promise.minutes;

import org.promise.common.wire.WireValue;

/** What a resolution does: decide, approve earlier minutes, note a report, exclude the public, change the work programme. */
public enum ResolutionKind implements WireValue {
    DECISION,
    APPROVE_MINUTES,
    NOTE_REPORT,
    EXCLUDE_PUBLIC,
    CHANGE_WORK_PROGRAMME;

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<ResolutionKind> {
        public Converter() {
            super(ResolutionKind.class);
        }
    }
}
