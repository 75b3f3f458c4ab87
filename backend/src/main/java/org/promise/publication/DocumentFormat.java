package org.promise.publication;

import org.promise.common.error.ApiException;
import org.promise.common.wire.WireParam;
import org.promise.common.wire.WireValue;

/** The formats a report or pack is rendered in: a page (the default way to read it) or a tagged PDF to keep. */
public enum DocumentFormat implements WireValue {
    HTML,
    PDF;

    /** The {@code format} parameter, which every render names: 400 naming it when it is missing or unknown. */
    static DocumentFormat required(String value) {
        return WireParam.optional(DocumentFormat.class, "format", value).orElseThrow(() -> ApiException.invalid(
                "format", "required", "format is required: one of " + WireValue.allowed(DocumentFormat.class)));
    }
}
