package org.promise.report;

import org.promise.common.wire.WireValue;

/** Exempt papers (Local Government Act 1972, Schedule 12A) stay within their authority. */
public enum Visibility implements WireValue {
    PUBLIC,
    EXEMPT;

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<Visibility> {
        public Converter() {
            super(Visibility.class);
        }
    }
}
