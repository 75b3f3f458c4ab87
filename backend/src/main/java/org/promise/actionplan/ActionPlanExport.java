package org.promise.actionplan;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.promise.common.csv.SpreadsheetCsv;
import org.promise.common.render.InlineStyle;
import org.promise.common.time.Clocks;
import org.promise.indicator.Priority;

/** An action plan in the board's own layouts: a CSV for spreadsheets and a page to print for the pack. */
final class ActionPlanExport {

    static final String[] CSV_COLUMNS = {"plan_year", "item", "priority", "what_we_will_do", "how_we_will_do_it",
        "measures_of_success", "indicators", "owner", "due_date", "status", "overdue", "latest_update_date",
        "latest_update"};

    private static final CSVFormat CSV_FORMAT = CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS).get();

    /** The page's own stylesheet: the only thing its Content-Security-Policy lets it load. */
    static final InlineStyle STYLE = InlineStyle.of("/actionplan/print.css");

    private ActionPlanExport() {
    }

    static String csv(List<ActionItemView> items) {
        return SpreadsheetCsv.write(CSV_FORMAT, items.stream().map(item -> {
            ActionItemView.UpdateView latest = item.latestUpdate();
            return Arrays.asList(item.year(), item.letter(), item.priorityTitle(), item.what(),
                    String.join("\n", item.how()), String.join("\n", item.measures()),
                    String.join(" ", item.indicators()), item.owner(), item.dueDate(), item.status().wire(),
                    item.overdue(), latest == null ? null : latest.date(), latest == null ? null : latest.text());
        }).toList());
    }

    /** The page's template (templates/ActionPlanExport/printable.html); Qute escapes every value it writes. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance printable(String title, String style, List<PrintRow> rows);
    }

    /** One row of the printed table, in the words and dates the board pack uses; empty text leaves a cell blank. */
    record PrintRow(String priority, String what, List<String> how, List<String> measures, String indicators,
            List<String> ownerAndDue, String status, String updateDate, List<String> update) {
    }

    /** A standalone page whose table has the columns of the board pack, grouped by priority as the pack does. */
    static String html(ActionPlanView plan, List<ActionItemView> items) {
        List<PrintRow> rows = new ArrayList<>(items.size());
        Priority previous = null;
        for (ActionItemView item : items) {
            ActionItemView.UpdateView latest = item.latestUpdate();
            rows.add(new PrintRow(item.priority() == previous ? "" : item.priorityTitle(),
                    item.letter() + ". " + item.what(), item.how(), item.measures(),
                    String.join(", ", item.indicators()),
                    Stream.of(item.owner(), item.dueDate() == null ? null : Clocks.written(item.dueDate()))
                            .filter(Objects::nonNull).toList(),
                    item.status().label() + (item.overdue() ? " (overdue)" : ""),
                    latest == null ? "" : Clocks.written(latest.date()),
                    latest == null ? List.of() : latest.text().lines().toList()));
            previous = item.priority();
        }
        return Templates.printable(plan.title() + " (" + plan.authorityName() + ")", STYLE.css(), rows).render();
    }
}
