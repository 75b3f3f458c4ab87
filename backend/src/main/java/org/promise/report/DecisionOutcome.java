package org.promise.report;

import org.promise.common.wire.WireValue;

/** What the board decided on a recommendation. */
public enum DecisionOutcome implements WireValue {
    AGREED,
    AGREED_AMENDED,
    NOT_AGREED,
    NOTED,
    DEFERRED
}
