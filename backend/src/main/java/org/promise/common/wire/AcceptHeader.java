package org.promise.common.wire;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Content negotiation for operations whose default is JSON: another type only when the caller names it first, in
 * Accept or in the query's `format` (which wins: a typed client cannot choose Accept per call).
 */
public final class AcceptHeader {

    public static final String TEXT_CSV = "text/csv";
    /** The contract's `format` parameter: the values it allows, and the types they stand for. */
    public static final String FORMAT = "format";
    private static final Map<String, String> FORMATS = Map.of("json", MediaType.APPLICATION_JSON, "csv", TEXT_CSV);

    private AcceptHeader() {
    }

    /** Whether the caller asks for this type: by `format` when it is given (the contract checked its value). */
    public static boolean asksFor(String format, HttpHeaders headers, String type) {
        return format == null ? asksFor(headers, type) : type.equals(FORMATS.get(format));
    }

    public static boolean asksFor(HttpHeaders headers, String type) {
        return headers.getAcceptableMediaTypes().stream()
                .filter(acceptable -> !acceptable.isWildcardType())
                .findFirst()
                .map(acceptable -> acceptable.isCompatible(MediaType.valueOf(type)))
                .orElse(false);
    }
}
