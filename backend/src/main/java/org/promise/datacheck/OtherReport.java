package org.promise.datacheck;

import java.math.BigDecimal;

/** Another place in the authority's papers that gives a figure for a stored value (see {@link ValueReport}). */
public record OtherReport(long id, String indicator, String area, String period, BigDecimal value, String source,
        String quote) {
}
