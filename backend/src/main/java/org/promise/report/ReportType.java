package org.promise.report;

import org.promise.common.wire.WireValue;

public enum ReportType implements WireValue {
    QUARTERLY_PERFORMANCE("quarterly-performance"),
    ANNUAL_FOSTERING("annual-fostering"),
    ANNUAL_ADOPTION("annual-adoption"),
    IRO("iro"),
    VIRTUAL_SCHOOL("virtual-school"),
    HEALTH("health"),
    STRATEGY("strategy"),
    SUFFICIENCY("sufficiency"),
    OTHER("other");

    private final String wire;

    ReportType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends org.promise.common.wire.WireValueConverter<ReportType> {
        public Converter() {
            super(ReportType.class);
        }
    }
}
