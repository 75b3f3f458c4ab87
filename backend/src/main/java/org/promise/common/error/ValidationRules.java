package org.promise.common.error;

import jakarta.validation.ConstraintViolation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.promise.common.wire.WireValue;

/** Names for the rules a request can break, as the contract's FieldError.rule spells them. */
final class ValidationRules {

    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("NotNull", "required"),
            Map.entry("NotBlank", "required"),
            Map.entry("NotEmpty", "required"),
            Map.entry("Size", "length"),
            Map.entry("Pattern", "pattern"),
            Map.entry("Min", "minimum"),
            Map.entry("DecimalMin", "minimum"),
            Map.entry("Max", "maximum"),
            Map.entry("DecimalMax", "maximum"),
            Map.entry("Positive", "minimum"),
            Map.entry("PositiveOrZero", "minimum"),
            Map.entry("Email", "format"),
            Map.entry("Past", "range"),
            Map.entry("PastOrPresent", "range"));

    /** The name the body parameter of every resource method has: it stands for the body, not for a field. */
    static final String BODY_PARAMETER = "body";

    private ValidationRules() {
    }

    static String ruleOf(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return RULES.getOrDefault(constraint, constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase());
    }

    static String parameterName(String name) {
        return BODY_PARAMETER.equals(name) ? "" : name;
    }

    /** The values a client may send for an enum, as the contract spells them. */
    static String wireValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> constant instanceof WireValue wire ? wire.wire() : ((Enum<?>) constant).name())
                .collect(Collectors.joining(", "));
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            return "one of " + wireValues(type);
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == OffsetDateTime.class) {
            return "a date and time (ISO 8601)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }
}
