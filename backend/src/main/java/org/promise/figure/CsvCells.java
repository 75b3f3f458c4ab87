package org.promise.figure;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A CSV row's cells by column name, as {@code CSVRecord.toMap()} gives them (the header's columns the row has a
 * cell for), read through the file's one map of column indexes: a map of its own for each of 100,000 rows was a
 * tenth of a large import's processor time and of its garbage.
 */
final class CsvCells extends AbstractMap<String, String> {

    private final Map<String, Integer> columns;
    private final String[] values;

    /** {@code columns}: each column's index, in the header's order, shared by the file's rows. */
    CsvCells(Map<String, Integer> columns, String[] values) {
        this.columns = columns;
        this.values = values;
    }

    @Override
    public String get(Object column) {
        Integer index = columns.get(column);
        return index == null || index >= values.length ? null : values[index];
    }

    @Override
    public boolean containsKey(Object column) {
        Integer index = columns.get(column);
        return index != null && index < values.length;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super String> action) {
        columns.forEach((column, index) -> {
            if (index < values.length) {
                action.accept(column, values[index]);
            }
        });
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        List<Entry<String, String>> entries = new ArrayList<>(columns.size());
        forEach((column, value) -> entries.add(new SimpleImmutableEntry<>(column, value)));
        return new LinkedHashSet<>(entries);
    }
}
