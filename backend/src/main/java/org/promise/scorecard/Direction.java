package org.promise.scorecard;

import org.promise.common.wire.WireValue;

public enum Direction implements WireValue {
    IMPROVING, DECLINING, STABLE, NONE
}
