package org.promise.figure;

import java.util.Map;

/**
 * One row of an import as text, whichever format it came in: the cells by column name, and its line as a
 * spreadsheet numbers it (the header is line 1).
 */
public record TidyRow(int line, Map<String, String> cells) {

    public static final String TIME_PERIOD = "time_period";
    public static final String TIME_IDENTIFIER = "time_identifier";
    public static final String GEOGRAPHIC_LEVEL = "geographic_level";
    public static final String COUNTRY_CODE = "country_code";
    public static final String COUNTRY_NAME = "country_name";
    public static final String REGION_CODE = "region_code";
    public static final String REGION_NAME = "region_name";
    public static final String OLD_LA_CODE = "old_la_code";
    public static final String AREA = "new_la_code";
    public static final String AREA_NAME = "la_name";
    public static final String INSTITUTION_ID = "institution_id";
    public static final String INSTITUTION_NAME = "institution_name";
    public static final String COMPARATOR_GROUP = "comparator_group";
    public static final String INDICATOR = "indicator";
    public static final String VALUE = "value";
    public static final String NUMERATOR = "numerator";
    public static final String DENOMINATOR = "denominator";
    public static final String STATUS = "status";
    public static final String NOTE = "note";
    public static final String QUALITY = "quality";
    /** An import's way of asking for a known figure to be replaced by a symbol (docs/decisions.md, 47). */
    public static final String REPLACE_WITH_SYMBOL = "replace_with_symbol";

    /** EES's geography columns, from geographic_level on, then the filter that tells neighbour averages apart. */
    public static final String[] GEOGRAPHY_COLUMNS = {GEOGRAPHIC_LEVEL, COUNTRY_CODE, COUNTRY_NAME, REGION_CODE,
        REGION_NAME, OLD_LA_CODE, AREA, AREA_NAME, INSTITUTION_ID, INSTITUTION_NAME, COMPARATOR_GROUP};

    /** The layout, in order: DfE's explore-education-statistics tidy columns, then the figures. */
    public static final String[] COLUMNS = java.util.stream.Stream.of(new String[] {TIME_PERIOD, TIME_IDENTIFIER},
            GEOGRAPHY_COLUMNS, new String[] {INDICATOR, VALUE, NUMERATOR, DENOMINATOR, STATUS})
            .flatMap(java.util.Arrays::stream).toArray(String[]::new);

    /**
     * What exports write after a figure's columns: its footnotes, the note on it and the sentences of its quality
     * flags. Imports read no such column.
     */
    public static final String[] FOOTNOTE_COLUMNS = {NOTE, QUALITY};

    public String get(String column) {
        String cell = cells.get(column);
        return cell == null || cell.isBlank() ? null : cell.trim();
    }
}
