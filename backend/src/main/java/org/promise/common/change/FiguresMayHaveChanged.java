package org.promise.common.change;

/**
 * What this instance keeps calculated from figures may be stale: a change committed here, a change another
 * instance announced through the database ({@link ChangeChannel}), or a time when such announcements could have
 * been missed (the listening connection was lost, or listening has just begun). A cache of figures empties itself
 * whole on it; it is fired outside any transaction.
 */
public record FiguresMayHaveChanged(Why why) {

    public enum Why {
        /** {@link FiguresChanged}, committed by this instance. */
        COMMITTED_HERE,
        /** A notice on {@link ChangeChannel#NAME}, from any instance, this one included. */
        NOTICE,
        /** Listening began (or began again): whatever was committed before it was not announced to this instance. */
        LISTENING_STARTED,
        /** The listening connection failed: notices may be missed until it is back. */
        LISTENING_LOST
    }
}
