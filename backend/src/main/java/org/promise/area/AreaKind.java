package org.promise.area;

import org.promise.common.wire.WireValue;

public enum AreaKind implements WireValue {
    LOCAL_AUTHORITY,
    REGION,
    COUNTRY,
    STATISTICAL_NEIGHBOURS,
    /** Provides adoption services for several authorities, its members, and reports some figures for all of them. */
    REGIONAL_ADOPTION_AGENCY;

    /**
     * Whether the area's own officers (those whose token names it) change its figures: an authority's and an
     * agency's. England, regions and neighbour groups belong to no one, so only administrators change theirs.
     */
    public boolean hasOwnOfficers() {
        return this == LOCAL_AUTHORITY || this == REGIONAL_ADOPTION_AGENCY;
    }

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<AreaKind> {
        public Converter() {
            super(AreaKind.class);
        }
    }
}
