package org.promise.minutes;

import org.promise.common.wire.WireValue;

/** Where a paper of the work programme stands: planned, proposed for inclusion, taken by its meeting, or withdrawn. */
public enum WorkProgrammeStatus implements WireValue {
    PLANNED,
    PROPOSED,
    CONSIDERED,
    WITHDRAWN;

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<WorkProgrammeStatus> {
        public Converter() {
            super(WorkProgrammeStatus.class);
        }
    }
}
