package org.promise.common.wire;

import jakarta.persistence.AttributeConverter;

/**
 * Stores a {@link WireValue} enum as its wire spelling, so that the database reads like the contract. Each entity
 * attribute names its converter ({@code @Convert}) rather than the converters applying themselves: Hibernate matches
 * every auto-applied converter against every attribute of every entity at each start, which cost it about 90 ms
 * (docs/performance.md). ArchitectureTest checks that no such attribute goes without one.
 */
public abstract class WireValueConverter<E extends Enum<E> & WireValue> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected WireValueConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.wire();
    }

    @Override
    public E convertToEntityAttribute(String value) {
        return WireValue.stored(type, value);
    }
}
