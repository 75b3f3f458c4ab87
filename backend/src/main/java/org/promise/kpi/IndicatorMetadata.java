package org.promise.kpi;

import java.util.List;
import org.promise.indicator.Unit;
import org.promise.period.PeriodKind;

/**
 * What an analyst needs beside an indicator's figures: the areas and periods that have figures this caller may read,
 * the indicator's footnotes, and the same measure in other public catalogues.
 */
public record IndicatorMetadata(String code, String name, Unit unit, PeriodKind periodKind, List<String> footnotes,
        CrossReferences crossReferences, List<Coverage> areas) {

    /** The same measure elsewhere; each is absent where no public source names one. */
    public record CrossReferences(String eesPublication, String eesIndicator, Integer fingertipsIndicatorId,
            Integer lgInformMetricId) {

        static final CrossReferences NONE = new CrossReferences(null, null, null, null);
    }

    /** An area with figures of the indicator, and their periods, oldest first. */
    public record Coverage(String code, String name, List<String> periods) {
    }

    public record Page(List<IndicatorMetadata> items) {
    }
}
