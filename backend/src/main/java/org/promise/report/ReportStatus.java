package org.promise.report;

import org.promise.common.wire.WireValue;

/**
 * Where a report stands. A report row stores draft or published; presented is derived for the reader (published, and
 * a paper of a held meeting the reader may see), never stored.
 */
public enum ReportStatus implements WireValue {
    DRAFT,
    PUBLISHED,
    PRESENTED;

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<ReportStatus> {
        public Converter() {
            super(ReportStatus.class);
        }
    }
}
