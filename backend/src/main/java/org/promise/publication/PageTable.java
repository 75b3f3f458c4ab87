package org.promise.publication;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as printed: its caption, its column headings ({@code th scope="col"}) and its rows, each with its own header
 * cell ({@code th scope="row"}) where it has one. Numbers are right-aligned, in the cell's own words ("11%", "-").
 */
record PageTable(String caption, List<Column> columns, List<Row> rows, String notes) {

    record Column(String heading, boolean numeric) {
    }

    record Cell(String text, boolean numeric) {
    }

    record Row(String header, List<Cell> cells) {
    }

    /**
     * A row's cells against the columns they stand under: when the row has a header cell, that cell stands under the
     * first column, and the data cells under the rest.
     */
    static Row row(List<Column> columns, String header, List<String> texts) {
        int offset = header == null ? 0 : 1;
        List<Cell> cells = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            int column = i + offset;
            cells.add(new Cell(texts.get(i), column < columns.size() && columns.get(column).numeric()));
        }
        return new Row(header, cells);
    }
}
