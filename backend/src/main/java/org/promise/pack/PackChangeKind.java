package org.promise.pack;

import org.promise.common.wire.WireValue;

/** How a figure of a frozen pack differs from the same figure now (decision 35). */
public enum PackChangeKind implements WireValue {
    /** The same period's figure, another number. */
    FIGURE_REVISED,
    /** A figure (an indicator, or a period of its trend) there now and not then. */
    NEW_FIGURE,
    TARGET_CHANGED,
    RAG_CHANGED,
    /** The indicator's name, definition, unit or polarity. */
    DEFINITION_CHANGED,
    /** A figure shown then; withheld, suppressed or gone now. */
    FIGURE_WITHHELD
}
