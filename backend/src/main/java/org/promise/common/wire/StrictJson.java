package org.promise.common.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.promise.common.error.JsonRuleException;

/**
 * Reads request bodies exactly as the contract types them, and refuses what it cannot mean: a key given twice,
 * content after the document, a number where text is due (or text where a number is), a date that is not a
 * calendar date of a supported year, text PostgreSQL cannot store. Jackson's defaults accept all of these and
 * guess; a guess here would be a figure or a date nobody sent.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Last, so that these rules replace what Quarkus registers (its java.time module reads dates leniently). */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.setDefaultLeniency(false);
        for (CoercionInputShape shape : new CoercionInputShape[] {
                CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Enum, LogicalType.DateTime}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        SimpleModule rules = new SimpleModule("promise-strict-json");
        rules.addDeserializer(String.class, new StorableStringDeserializer());
        rules.addDeserializer(LocalDate.class, new SupportedDateDeserializer());
        mapper.registerModule(rules);
    }

    /** Text as Jackson reads it, refused when PostgreSQL could not store it as it is. */
    static final class StorableStringDeserializer extends StdScalarDeserializer<String> {

        StorableStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            String problem = StorableText.problem(text).orElse(null);
            if (problem != null) {
                throw new JsonRuleException(parser, StorableText.RULE, problem);
            }
            return text;
        }
    }

    /** A calendar date written YYYY-MM-DD, in a year Promise holds: no numbers, signs or five-digit years. */
    static final class SupportedDateDeserializer extends StdScalarDeserializer<LocalDate> {

        SupportedDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING || !ISO_DATE.matcher(parser.getText()).matches()) {
                throw new JsonRuleException(parser, "type", "must be a date written YYYY-MM-DD, such as 2023-03-31");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(parser.getText());
            } catch (DateTimeException e) {
                throw new JsonRuleException(parser, "type", "must be a real calendar date ('" + parser.getText()
                        + "' is not)");
            }
            if (!SupportedYears.contains(date.getYear())) {
                throw new JsonRuleException(parser, "range", "must be a date between " + SupportedYears.FIRST
                        + " and " + SupportedYears.LAST);
            }
            return date;
        }
    }
}
