package org.promise.common.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.promise.common.error.FieldError;
import org.promise.common.wire.StorableText;

/**
 * One query or path parameter of one operation, as openapi.yaml declares it: its type, and the enum, pattern,
 * length and range its schema gives. A value that breaks any of them is named with the rule it breaks.
 */
record ParameterRule(String name, boolean required, boolean repeatable, String type, String format,
        List<String> allowed, Pattern pattern, Integer minLength, Integer maxLength, BigDecimal minimum,
        BigDecimal maximum, String example) {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** Reads the rule from a parameter object whose schema has its references resolved by {@code schemas}. */
    static ParameterRule of(JsonNode parameter, ContractSchemas schemas) {
        JsonNode schema = schemas.resolve(parameter.path("schema"));
        boolean repeatable = "array".equals(schema.path("type").asText());
        JsonNode item = repeatable ? schemas.resolve(schema.path("items")) : schema;
        List<String> allowed = new ArrayList<>();
        item.path("enum").forEach(value -> allowed.add(value.asText()));
        JsonNode example = parameter.has("example") ? parameter.get("example") : item.path("example");
        return new ParameterRule(parameter.path("name").asText(), parameter.path("required").asBoolean(false),
                repeatable, item.path("type").asText("string"), item.path("format").asText(null), List.copyOf(allowed),
                item.has("pattern") ? Pattern.compile(item.get("pattern").asText()) : null,
                item.has("minLength") ? item.get("minLength").asInt() : null,
                item.has("maxLength") ? item.get("maxLength").asInt() : null,
                item.has("minimum") ? item.get("minimum").decimalValue() : null,
                item.has("maximum") ? item.get("maximum").decimalValue() : null,
                example.isArray() ? example.path(0).asText(null) : example.asText(null));
    }

    /** The problems with the values given for this parameter (empty when it was not given at all). */
    List<FieldError> check(List<String> values) {
        List<FieldError> errors = new ArrayList<>();
        if (values.size() > 1 && !repeatable) {
            errors.add(error("repeated", "is given " + values.size() + " times; give it once"));
        }
        values.forEach(value -> checkOne(value).ifPresent(errors::add));
        return errors;
    }

    FieldError missing() {
        return error("required", "is required" + suchAs());
    }

    private Optional<FieldError> checkOne(String value) {
        if (value.isEmpty()) {
            return Optional.of(error("empty", "is empty; give a value" + suchAs() + ", or leave the parameter out"));
        }
        Optional<String> unstorable = StorableText.problem(value);
        if (unstorable.isPresent()) {
            return Optional.of(error(StorableText.RULE, unstorable.get()));
        }
        return switch (type) {
            case "integer" -> checkNumber(value, INTEGER, "a whole number");
            case "number" -> checkNumber(value, NUMBER, "a number");
            case "boolean" -> value.equals("true") || value.equals("false") ? Optional.empty()
                    : Optional.of(error("type", "must be true or false, not '" + value + "'"));
            default -> checkText(value);
        };
    }

    private Optional<FieldError> checkNumber(String value, Pattern shape, String description) {
        if (!shape.matcher(value).matches()) {
            return Optional.of(error("type", "must be " + description + ", not '" + value + "'"));
        }
        BigDecimal number = new BigDecimal(value);
        BigDecimal lowest = minimum != null ? minimum : type.equals("integer") ? BigDecimal.valueOf(Long.MIN_VALUE) : null;
        BigDecimal highest = maximum != null ? maximum : type.equals("integer") ? BigDecimal.valueOf(Long.MAX_VALUE) : null;
        if (lowest != null && number.compareTo(lowest) < 0) {
            return Optional.of(error("minimum", "must be at least " + lowest.toPlainString()));
        }
        if (highest != null && number.compareTo(highest) > 0) {
            return Optional.of(error("maximum", "must be at most " + highest.toPlainString()));
        }
        return Optional.empty();
    }

    private Optional<FieldError> checkText(String value) {
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            return Optional.of(error("allowed-values", "must be one of " + String.join(", ", allowed)));
        }
        int length = value.codePointCount(0, value.length());
        if ((maxLength != null && length > maxLength) || (minLength != null && length < minLength)) {
            return Optional.of(error("length", "must be " + (minLength == null ? "at most " + maxLength
                    : maxLength == null ? "at least " + minLength : minLength + " to " + maxLength)
                    + " characters long"));
        }
        if (pattern != null && !pattern.matcher(value).find()) {
            return Optional.of(error("pattern", "must match " + pattern.pattern() + suchAs()));
        }
        if ("date".equals(format) && !isDate(value)) {
            return Optional.of(error("type", "must be a date written YYYY-MM-DD"));
        }
        return Optional.empty();
    }

    private static boolean isDate(String value) {
        try {
            return DATE.matcher(value).matches() && LocalDate.parse(value) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private String suchAs() {
        return example == null ? "" : " (such as " + example + ")";
    }

    private FieldError error(String rule, String requirement) {
        return new FieldError(name, rule, name + " " + requirement);
    }
}
