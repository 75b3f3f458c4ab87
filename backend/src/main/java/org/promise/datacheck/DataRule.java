package org.promise.datacheck;

import org.promise.common.wire.WireValue;

/** The data-quality rules, each a plain function of the figures ({@link DataRules}). */
public enum DataRule implements WireValue {
    /** A percentage or rate against its own numerator and denominator, rounded once. */
    FRACTION,
    /** Counts that make up a total, against the total, in the same area and period. */
    PARTS,
    /** Counts and their shares of one total, which must all imply the same total. */
    SHARES,
    /** The authority's figure reported again, elsewhere in its papers, with another number. */
    REPORTED_TWICE,
    /** A comparator's figure (England, region, neighbours) reported again with another number. */
    COMPARATOR_DIFFERS,
    /** A change from the previous period far outside the indicator's usual changes. */
    JUMP
}
