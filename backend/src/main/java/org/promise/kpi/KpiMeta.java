package org.promise.kpi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.promise.area.Area;
import org.promise.common.csv.SpreadsheetCsv;
import org.promise.indicator.Unit;

/**
 * The EES metadata file (".meta.csv") of the KPI feed's CSV: one row per filter and indicator column, in the columns
 * EES's screener requires (docs/decisions.md, 47). EES refuses a filter with fewer than two values, and needs no
 * row for a column that has one value throughout, so a filter is described only where the rows give it two or more.
 * Time and geography columns are EES's own and have no row.
 */
final class KpiMeta {

    static final String[] COLUMNS = {"col_name", "col_type", "label", "indicator_grouping", "indicator_unit",
        "indicator_dp", "filter_hint", "filter_grouping_column"};

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).setRecordSeparator("\n")
            .get();

    private record Filter(String column, String label, String hint) {
    }

    private static final List<Filter> FILTERS = List.of(
            new Filter("comparator_group", "Comparator group",
                    "The area's own figures, or the average of its statistical neighbours"),
            new Filter("indicator", "Indicator", "Promise's indicator code"),
            new Filter("status", "Status", "Provisional or final"),
            new Filter("period", "Period", "Promise's period code, such as 2022-23"),
            new Filter("unit", "Unit", "What the value measures: percent, count, days, rate_per_10k or score"),
            new Filter("rag", "RAG rating", "Red, amber or green against the target; None without a target"),
            new Filter("note", "Note", "The note on the figure; None without one"),
            new Filter("quality", "Quality", "What a check found in the figure; None when nothing was found"));

    private KpiMeta() {
    }

    /**
     * The meta file of the feed's rows and of the withdrawn figures it writes as rows of their own; {@code decimals}
     * are each indicator's decimal places.
     */
    static String write(List<KpiRow> rows, List<KpiRow.Withdrawn> withdrawn, Map<String, Area> areas,
            Map<String, Integer> decimals) {
        List<List<Object>> meta = new ArrayList<>();
        List<String> columns = Arrays.asList(KpiCsv.COLUMNS);
        List<List<Object>> cells = Stream.concat(rows.stream().map(row -> KpiCsv.cells(row, areas)),
                withdrawn.stream().map(gone -> KpiCsv.cells(gone, areas))).toList();
        for (Filter filter : FILTERS) {
            int index = columns.indexOf(filter.column());
            Set<Object> values = new HashSet<>();
            cells.forEach(row -> values.add(Objects.toString(row.get(index), "")));
            if (values.size() >= 2) {
                meta.add(Arrays.asList(filter.column(), "Filter", filter.label(), null, null, null, filter.hint(),
                        null));
            }
        }
        Set<Unit> units = new HashSet<>();
        rows.forEach(row -> units.add(row.unit()));
        // One unit for the whole file only when every row shares it; EES has a symbol only for percentages.
        String unit = units.equals(Set.of(Unit.PERCENT)) ? "%" : null;
        int dp = rows.stream().mapToInt(row -> decimals.getOrDefault(row.indicator(), 0)).max().orElse(0);
        meta.add(Arrays.asList("value", "Indicator", "Value", null, unit, dp, null, null));
        meta.add(Arrays.asList("numerator", "Indicator", "Numerator", null, null, 0, null, null));
        meta.add(Arrays.asList("denominator", "Indicator", "Denominator", null, null, 0, null, null));
        meta.add(Arrays.asList("target", "Indicator", "Target", null, unit, dp, null, null));
        return SpreadsheetCsv.write(FORMAT, meta);
    }
}
