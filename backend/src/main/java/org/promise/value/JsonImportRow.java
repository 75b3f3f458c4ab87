package org.promise.value;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.Map;

/** One row of a JSON import: the tidy CSV columns as fields; numbers may come as numbers or text. */
public record JsonImportRow(
        @JsonProperty("time_period") String timePeriod,
        @JsonProperty("time_identifier") String timeIdentifier,
        @JsonProperty("geographic_level") String geographicLevel,
        @JsonProperty("new_la_code") String newLaCode,
        @JsonProperty("la_name") String laName,
        @JsonProperty("indicator") String indicator,
        @JsonProperty("value") String value,
        @JsonProperty("numerator") String numerator,
        @JsonProperty("denominator") String denominator,
        @JsonProperty("status") String status) {

    TidyRow toRow(int line) {
        Map<String, String> cells = new HashMap<>();
        cells.put(TidyRow.TIME_PERIOD, timePeriod);
        cells.put(TidyRow.TIME_IDENTIFIER, timeIdentifier);
        cells.put(TidyRow.GEOGRAPHIC_LEVEL, geographicLevel);
        cells.put(TidyRow.AREA, newLaCode);
        cells.put(TidyRow.AREA_NAME, laName);
        cells.put(TidyRow.INDICATOR, indicator);
        cells.put(TidyRow.VALUE, value);
        cells.put(TidyRow.NUMERATOR, numerator);
        cells.put(TidyRow.DENOMINATOR, denominator);
        cells.put(TidyRow.STATUS, status);
        return new TidyRow(line, cells);
    }
}
