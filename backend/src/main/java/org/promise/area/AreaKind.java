package org.promise.area;

import org.promise.common.wire.WireValue;

public enum AreaKind implements WireValue {
    LOCAL_AUTHORITY,
    REGION,
    COUNTRY,
    STATISTICAL_NEIGHBOURS;

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends org.promise.common.wire.WireValueConverter<AreaKind> {
        public Converter() {
            super(AreaKind.class);
        }
    }
}
