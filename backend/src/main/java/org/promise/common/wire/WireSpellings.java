package org.promise.common.wire;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Each enum's spellings, worked out once per enum rather than on every read and write: the KPI feed parses and writes
 * several for each of its thousand rows a page, and making them afresh each time was a tenth of its CPU (decision 50).
 */
final class WireSpellings {

    private static final ClassValue<String[]> DEFAULT_BY_ORDINAL = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] spellings = new String[constants.length];
            for (Object constant : constants) {
                Enum<?> value = (Enum<?>) constant;
                spellings[value.ordinal()] = value.name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
            return spellings;
        }
    };

    private static final ClassValue<Map<String, Object>> BY_SPELLING = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> constants = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                constants.put(((WireValue) constant).wire(), constant);
            }
            return Map.copyOf(constants);
        }
    };

    private WireSpellings() {
    }

    /** The spelling made from the constant's name, for enums that do not spell their constants otherwise. */
    static String byName(Enum<?> constant) {
        return DEFAULT_BY_ORDINAL.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    /** The constant of {@code type} spelt {@code spelling} as {@link WireValue#wire()} spells it, or null. */
    static <E extends Enum<E> & WireValue> E of(Class<E> type, String spelling) {
        return spelling == null ? null : type.cast(BY_SPELLING.get(type).get(spelling));
    }
}
