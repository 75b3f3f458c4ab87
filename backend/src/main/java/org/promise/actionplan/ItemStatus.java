package org.promise.actionplan;

import org.promise.common.wire.WireValue;

/** Where an action item stands: its latest progress update's status. */
public enum ItemStatus implements WireValue {
    NOT_STARTED("not-started", "Not started"),
    ON_TRACK("on-track", "On track"),
    AT_RISK("at-risk", "At risk"),
    OFF_TRACK("off-track", "Off track"),
    COMPLETE("complete", "Complete"),
    CARRIED_FORWARD("carried-forward", "Carried forward");

    private final String wire;
    private final String label;

    ItemStatus(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    @Override
    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    /** A finished item takes no more updates: it is done, or it lives on in the next year's plan. */
    public boolean isFinished() {
        return this == COMPLETE || this == CARRIED_FORWARD;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends org.promise.common.wire.WireValueConverter<ItemStatus> {
        public Converter() {
            super(ItemStatus.class);
        }
    }
}
