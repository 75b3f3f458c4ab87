package org.promise.scorecard;

import org.promise.common.wire.WireValue;

public enum Rag implements WireValue {
    GREEN, AMBER, RED, NONE
}
