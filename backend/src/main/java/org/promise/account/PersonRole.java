package org.promise.account;

import org.promise.common.wire.WireValue;

/** The roles of an authority's people that administrators give from Promise; the realm role has the same name. */
public enum PersonRole implements WireValue {
    OFFICER, BOARD_MEMBER
}
