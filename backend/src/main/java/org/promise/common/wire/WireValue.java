package org.promise.common.wire;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum constant with the spelling the contract and the database use ("local-authority", "board-member"). */
public interface WireValue {

    @JsonValue
    String wire();

    static <E extends Enum<E> & WireValue> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.wire().equals(value)).findFirst();
    }

    /** A spelling read back from the database: null stays null, and one the enum lacks means a broken database. */
    static <E extends Enum<E> & WireValue> E stored(Class<E> type, String value) {
        return value == null ? null : parse(type, value)
                .orElseThrow(() -> new IllegalStateException("Unknown " + type.getSimpleName() + " in the database"));
    }

    static <E extends Enum<E> & WireValue> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireValue::wire).collect(Collectors.joining(", "));
    }
}
