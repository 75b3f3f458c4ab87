package org.promise.common.wire;

import jakarta.persistence.AttributeConverter;

/** Stores a {@link WireValue} enum as its wire spelling, so that the database reads like the contract. */
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
