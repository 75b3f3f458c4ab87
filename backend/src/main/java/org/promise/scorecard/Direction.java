package org.promise.scorecard;

import org.promise.common.wire.WireValue;

public enum Direction implements WireValue {
    IMPROVING("improving"), DECLINING("declining"), STABLE("stable"), NONE("none");

    private final String wire;

    Direction(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
