package org.promise.common.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * A broken validation rule in the words of GOV.UK's error messages ("Enter the title", "Title must be 200 characters
 * or fewer"), not bean validation's defaults ("must not be null"): the field's name in words, then what to do.
 */
final class PlainMessages {

    private PlainMessages() {
    }

    static String of(String field, ConstraintViolation<?> violation) {
        String label = label(field);
        Map<String, Object> limits = violation.getConstraintDescriptor().getAttributes();
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> (isChoice(violation) ? "Select the " : "Enter the ") + label;
            case "Size" -> sized(label, violation.getInvalidValue(), (int) limits.get("min"), (int) limits.get("max"));
            case "Min", "DecimalMin" -> capitalised(label) + " must be " + limits.get("value") + " or more";
            case "Max", "DecimalMax" -> capitalised(label) + " must be " + limits.get("value") + " or less";
            case "Positive" -> capitalised(label) + " must be more than 0";
            case "PositiveOrZero" -> capitalised(label) + " must be 0 or more";
            default -> capitalised(label) + " " + violation.getMessage();
        };
    }

    private static String sized(String label, Object value, int min, int max) {
        boolean text = value instanceof CharSequence;
        String unit = text ? " characters" : (value instanceof Collection<?> || value instanceof Map<?, ?>)
                ? " entries" : "";
        if (text && min > 0 && ((CharSequence) value).isEmpty()) {
            return "Enter the " + label;
        }
        if (max < Integer.MAX_VALUE && (min == 0 || length(value) > max)) {
            return capitalised(label) + " must be " + max + unit + " or fewer";
        }
        return capitalised(label) + " must be at least " + min + unit;
    }

    private static int length(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof Collection<?> list) {
            return list.size();
        }
        return value instanceof Map<?, ?> map ? map.size() : 0;
    }

    /** "recommendations[0].dueDate" reads as "due date": the last name in the path, in lower-case words. */
    static String label(String field) {
        String last = field.replaceAll("\\[[^]]*]", "");
        last = last.substring(last.lastIndexOf('.') + 1);
        String words = last.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ')
                .toLowerCase(Locale.ROOT).trim();
        return words.isEmpty() ? "value" : words;
    }

    static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A field a person chooses rather than types (one of a list, yes or no) is selected, as GOV.UK says. */
    private static boolean isChoice(ConstraintViolation<?> violation) {
        Class<?> type = propertyType(violation);
        return type != null && (type.isEnum() || type == Boolean.class || type == boolean.class);
    }

    private static Class<?> propertyType(ConstraintViolation<?> violation) {
        Object bean = violation.getLeafBean();
        Path.Node last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            last = node;
        }
        if (bean == null || last == null || last.getKind() != ElementKind.PROPERTY || !bean.getClass().isRecord()) {
            return null;
        }
        String name = last.getName();
        return Arrays.stream(bean.getClass().getRecordComponents()).filter(c -> c.getName().equals(name))
                .map(RecordComponent::getType).findFirst().orElse(null);
    }
}
