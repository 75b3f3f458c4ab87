package org.promise.dashboard;

import org.promise.common.wire.WireValue;

/** How far behind an indicator's figures are (see {@link DueFigures}). */
public enum DueState implements WireValue {
    /** One period after the newest value has ended. */
    DUE,
    /** More than one has. */
    STALE,
    /** The authority has no value at all. */
    MISSING
}
