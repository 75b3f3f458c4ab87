package org.promise.area;

import org.promise.common.wire.WireValue;

public enum AreaKind implements WireValue {
    LOCAL_AUTHORITY("local-authority"),
    REGION("region"),
    COUNTRY("country"),
    STATISTICAL_NEIGHBOURS("statistical-neighbours");

    private final String wire;

    AreaKind(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
