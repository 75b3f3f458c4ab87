package org.promise.common.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.regex.Pattern;

/** Turns Jackson's reasons for refusing a body into the field and rule a client can act on. */
final class JsonFailures {

    /** Jackson's wording for a key given twice (StreamReadFeature.STRICT_DUPLICATE_DETECTION). */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    private JsonFailures() {
    }

    static ApiException describe(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof ApiException api) {
            return api;
        }
        if (e instanceof JsonRuleException rule) {
            String field = fieldOrBody(JsonPaths.of(rule));
            return ApiException.invalid(field, rule.rule(), (field.equals("body") ? "The details sent"
                    : PlainMessages.capitalised(PlainMessages.label(field))) + " " + rule.requirement());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = JsonPaths.of(unknown);
            return ApiException.invalid(field, "unknown-property",
                    "'" + field + "' is not a field of this request; remove it");
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return ApiException.invalid("body", "json", "The body goes on after its JSON document ends; send one "
                    + "document");
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = JsonPaths.of(mismatch);
            return ApiException.invalid(fieldOrBody(field), "type", (field.isEmpty() ? "The details sent"
                    : PlainMessages.capitalised(PlainMessages.label(field)))
                    + " must be " + ValidationRules.describe(mismatch.getTargetType()));
        }
        if (DUPLICATE.matcher(String.valueOf(e.getOriginalMessage())).matches()) {
            String field = pathAt(e);
            return ApiException.invalid(field, "duplicate-key", PlainMessages.capitalised(PlainMessages.label(field))
                    + " is given more than once; give each field once");
        }
        if (e instanceof InputCoercionException || e.getCause() instanceof InputCoercionException) {
            String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                    ? JsonPaths.of(mapping) : pathAt(e);
            return ApiException.invalid(field, "range", PlainMessages.capitalised(PlainMessages.label(field))
                    + " is a number too large for this field");
        }
        if (e instanceof StreamConstraintsException) {
            return ApiException.invalid("body", "limits", "The details sent are nested too deeply or hold a value too "
                    + "long to read");
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return ApiException.invalid("body", "json", "The details sent could not be read" + where
                + ": they are not a well-formed JSON document");
    }

    private static String fieldOrBody(String field) {
        return field.isEmpty() ? "body" : field;
    }

    /** Where the parser stopped, as a field path ("items[2].name"), or "body" at the top of the document. */
    private static String pathAt(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return "body";
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at = parser.getParsingContext(); at != null && !at.inRoot(); at = at.getParent()) {
            String step = at.inArray() ? "[" + Math.max(at.getCurrentIndex(), 0) + "]"
                    : at.getCurrentName() == null ? "" : at.getCurrentName();
            boolean dot = !path.isEmpty() && path.charAt(0) != '[';
            path.insert(0, dot ? step + "." : step);
        }
        return fieldOrBody(path.toString());
    }
}
