package org.promise.indicator;

import java.util.List;
import org.promise.period.PeriodKind;

public record IndicatorView(String code, String name, String plainName, String explanation, String definition, Unit unit,
        Polarity polarity, Priority priority, PeriodKind periodKind, int decimals, String source,
        String numeratorLabel, String denominatorLabel, boolean internalOnly, String numeratorIndicator,
        long version) {

    public static IndicatorView of(Indicator indicator) {
        return new IndicatorView(indicator.code, indicator.name, indicator.plainName, indicator.explanation,
                indicator.definition,
                indicator.unit, indicator.polarity, indicator.priority, indicator.periodKind, indicator.decimals,
                indicator.source, indicator.numeratorLabel, indicator.denominatorLabel, indicator.internalOnly,
                indicator.numeratorIndicator, indicator.version);
    }

    public record Page(List<IndicatorView> items) {
    }
}
