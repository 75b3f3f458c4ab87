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
    public static final String AREA = "new_la_code";
    public static final String AREA_NAME = "la_name";
    public static final String INDICATOR = "indicator";
    public static final String VALUE = "value";
    public static final String NUMERATOR = "numerator";
    public static final String DENOMINATOR = "denominator";
    public static final String STATUS = "status";
    public static final String NOTE = "note";
    public static final String QUALITY = "quality";

    /** The layout, in order: DfE's explore-education-statistics tidy columns, then the figures. */
    public static final String[] COLUMNS = {TIME_PERIOD, TIME_IDENTIFIER, GEOGRAPHIC_LEVEL, AREA, AREA_NAME, INDICATOR,
        VALUE, NUMERATOR, DENOMINATOR, STATUS};

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
