package org.promise.scorecard;

import org.promise.common.wire.WireValue;

public enum Rag implements WireValue {
    GREEN("green"), AMBER("amber"), RED("red"), NONE("none");

    private final String wire;

    Rag(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
