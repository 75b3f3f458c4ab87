package org.promise.actionplan;

import org.promise.common.wire.WireValue;

/** Where an action item stands: its latest progress update's status. */
public enum ItemStatus implements WireValue {
    NOT_STARTED("Not started"),
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    OFF_TRACK("Off track"),
    COMPLETE("Complete"),
    CARRIED_FORWARD("Carried forward");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A finished item takes no more updates: it is done, or it lives on in the next year's plan. */
    public boolean isFinished() {
        return this == COMPLETE || this == CARRIED_FORWARD;
    }

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<ItemStatus> {
        public Converter() {
            super(ItemStatus.class);
        }
    }
}
