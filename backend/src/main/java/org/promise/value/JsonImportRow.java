package org.promise.value;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.promise.common.error.JsonRuleException;
import org.promise.common.wire.StorableFigure;
import org.promise.figure.TidyRow;

/** One row of a JSON import: the tidy CSV columns as fields; a value is a number or a symbol's text. */
public record JsonImportRow(
        @JsonProperty("time_period") @Size(max = 20) String timePeriod,
        @JsonProperty("time_identifier") @Size(max = 40) String timeIdentifier,
        @JsonProperty("geographic_level") @Size(max = 40) String geographicLevel,
        @JsonProperty("new_la_code") @Size(max = 20) String newLaCode,
        @JsonProperty("la_name") @Size(max = 200) String laName,
        @JsonProperty("indicator") @Size(max = 40) String indicator,
        @JsonProperty("value") @JsonDeserialize(using = NumberOrText.class) @Size(max = 40) String value,
        @JsonProperty("numerator") @StorableFigure BigDecimal numerator,
        @JsonProperty("denominator") @StorableFigure BigDecimal denominator,
        @JsonProperty("status") @Size(max = 20) String status,
        @JsonProperty("replace_with_symbol") Boolean replaceWithSymbol) {

    TidyRow toRow(int line) {
        Map<String, String> cells = new HashMap<>();
        cells.put(TidyRow.TIME_PERIOD, timePeriod);
        cells.put(TidyRow.TIME_IDENTIFIER, timeIdentifier);
        cells.put(TidyRow.GEOGRAPHIC_LEVEL, geographicLevel);
        cells.put(TidyRow.AREA, newLaCode);
        cells.put(TidyRow.AREA_NAME, laName);
        cells.put(TidyRow.INDICATOR, indicator);
        cells.put(TidyRow.VALUE, value);
        cells.put(TidyRow.NUMERATOR, numerator == null ? null : numerator.toPlainString());
        cells.put(TidyRow.DENOMINATOR, denominator == null ? null : denominator.toPlainString());
        cells.put(TidyRow.STATUS, status);
        cells.put(TidyRow.REPLACE_WITH_SYMBOL, Boolean.TRUE.equals(replaceWithSymbol) ? "yes" : null);
        return new TidyRow(line, cells);
    }

    /** The contract's "number or text" value: a number keeps the digits it was sent with; nothing else is read. */
    static final class NumberOrText extends StdScalarDeserializer<String> {

        NumberOrText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return parser.getDecimalValue().toPlainString();
            }
            if (token == JsonToken.VALUE_STRING) {
                return context.readValue(parser, String.class);
            }
            throw new JsonRuleException(parser, "type", "must be a number, or a symbol (c, x, z or low) as text");
        }
    }
}
