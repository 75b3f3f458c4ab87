package org.promise.common.wire;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Content negotiation for operations whose default is JSON: another type only when the caller names it first. */
public final class AcceptHeader {

    public static final String TEXT_CSV = "text/csv";

    private AcceptHeader() {
    }

    public static boolean asksFor(HttpHeaders headers, String type) {
        return headers.getAcceptableMediaTypes().stream()
                .filter(acceptable -> !acceptable.isWildcardType())
                .findFirst()
                .map(acceptable -> acceptable.isCompatible(MediaType.valueOf(type)))
                .orElse(false);
    }
}
