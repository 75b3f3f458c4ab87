package org.promise.common.change;

/**
 * A write changed what figures mean or say: the catalogue's indicators, their values or their targets. It is
 * announced as a CDI event once per write (a bulk import is one write, however many rows), so that a feature which
 * keeps something calculated from figures (the scorecard's cache) drops it without the writer knowing that feature.
 * This record is the one description of what changed: whatever later carries changes further carries it.
 */
public record FiguresChanged(What what) {

    public enum What {
        INDICATORS, VALUES, TARGETS
    }
}
