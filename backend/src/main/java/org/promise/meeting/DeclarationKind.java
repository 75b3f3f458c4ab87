package org.promise.meeting;

import org.promise.common.wire.WireValue;

/** The kinds of interest of the members' code of conduct. */
public enum DeclarationKind implements WireValue {
    DISCLOSABLE_PECUNIARY, OTHER_REGISTERABLE, NON_REGISTERABLE;

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<DeclarationKind> {
        public Converter() {
            super(DeclarationKind.class);
        }
    }
}
