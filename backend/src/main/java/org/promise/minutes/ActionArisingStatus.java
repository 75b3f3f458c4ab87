package org.promise.minutes;

import org.promise.common.wire.WireValue;

/** Where an action arising stands; done and dropped close it. */
public enum ActionArisingStatus implements WireValue {
    OPEN,
    IN_PROGRESS,
    DONE,
    DROPPED;

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<ActionArisingStatus> {
        public Converter() {
            super(ActionArisingStatus.class);
        }
    }
}
