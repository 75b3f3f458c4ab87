package org.promise.datacheck;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.promise.common.wire.Decimals;

public record ValueReportView(long id, String authority, String indicator, String area, String period,
        BigDecimal value, String source, String quote, OffsetDateTime createdAt, String createdBy) {

    static ValueReportView of(ValueReport report) {
        return new ValueReportView(report.id, report.authorityCode, report.indicatorCode, report.areaCode,
                report.periodCode, Decimals.plain(report.value), report.source, report.quote, report.updatedAt,
                report.updatedBy);
    }

    public record Page(List<ValueReportView> items) {
    }
}
