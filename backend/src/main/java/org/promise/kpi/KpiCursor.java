package org.promise.kpi;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.promise.common.error.ApiException;
import org.promise.common.wire.Codes;
import org.promise.period.Period;

/**
 * Where a page of the feed starts or ends: the key of a row (indicator, area, period), opaque to clients. Pages are
 * read after or before a key rather than at an offset, so a page costs the same wherever it is in the feed and a
 * figure added meanwhile neither repeats nor skips a row.
 */
record KpiCursor(String indicator, String area, String period) {

    static KpiCursor of(KpiRow row) {
        return new KpiCursor(row.indicator(), row.area(), row.period());
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join("|", indicator, area, period).getBytes(StandardCharsets.UTF_8));
    }

    static KpiCursor decode(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|");
            // A cursor goes back into a query: only a key this feed could have written is read.
            if (parts.length == 3 && Codes.isIndicator(parts[0]) && Codes.isArea(parts[1])) {
                return new KpiCursor(parts[0], parts[1], Period.parse(parts[2]).code());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the same answer as a well-formed but wrong cursor
        }
        throw ApiException.invalid(parameter, "cursor",
                parameter + " must be a cursor from a Link header of this feed, as it was given");
    }
}
