package org.promise.common.wire;

import java.util.Optional;
import org.promise.common.error.ApiException;

/** Reads an optional query parameter spelled as a {@link WireValue}, naming the allowed values when it is wrong. */
public final class WireParam {

    private WireParam() {
    }

    public static <E extends Enum<E> & WireValue> Optional<E> optional(Class<E> type, String parameter, String value) {
        return Optional.ofNullable(value).map(given -> WireValue.parse(type, given)
                .orElseThrow(() -> ApiException.invalid(parameter, "allowed-values",
                        parameter + " must be one of " + WireValue.allowed(type))));
    }
}
