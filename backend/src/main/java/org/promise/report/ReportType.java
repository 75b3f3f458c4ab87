package org.promise.report;

import org.promise.common.wire.WireValue;

public enum ReportType implements WireValue {
    QUARTERLY_PERFORMANCE,
    ANNUAL_FOSTERING,
    ANNUAL_ADOPTION,
    IRO,
    VIRTUAL_SCHOOL,
    HEALTH,
    STRATEGY,
    SUFFICIENCY,
    MUNICIPAL_YEAR,
    OTHER;

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<ReportType> {
        public Converter() {
            super(ReportType.class);
        }
    }
}
