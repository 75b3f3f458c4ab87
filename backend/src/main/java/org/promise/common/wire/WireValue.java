package org.promise.common.wire;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum constant with the spelling the contract and the database use. The spelling is the constant's name in
 * lower case with hyphens (LOCAL_AUTHORITY is "local-authority"), so an enum only lists its constants; an enum whose
 * contract spells them otherwise (Unit's "rate_per_10k", the symbol "c") overrides {@link #wire()}. JSON, JPA
 * ({@link WireValueConverter}), query parameters ({@link WireParam}) and plain SQL rows ({@link #stored}) all read and
 * write this one spelling.
 */
public interface WireValue {

    /** Every enum constant has it. */
    String name();

    @JsonValue
    default String wire() {
        return WireSpellings.byName((Enum<?>) this);
    }

    static <E extends Enum<E> & WireValue> Optional<E> parse(Class<E> type, String value) {
        return Optional.ofNullable(WireSpellings.of(type, value));
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
