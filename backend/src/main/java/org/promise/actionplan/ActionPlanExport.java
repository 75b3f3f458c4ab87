package org.promise.actionplan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.promise.common.csv.SpreadsheetCsv;
import org.promise.indicator.Priority;

/** An action plan in the board's own layouts: a CSV for spreadsheets and a page to print for the pack. */
final class ActionPlanExport {

    static final String[] CSV_COLUMNS = {"plan_year", "item", "priority", "what_we_will_do", "how_we_will_do_it",
        "measures_of_success", "indicators", "owner", "due_date", "status", "overdue", "latest_update_date",
        "latest_update"};

    private static final CSVFormat CSV_FORMAT = CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS).get();

    /** The page's own stylesheet: the only thing its Content-Security-Policy lets it load. */
    private static final String STYLE = """

            body { font-family: Arial, sans-serif; font-size: 11pt; color: #0b0c0c; margin: 1.5em; }
            h1 { font-size: 16pt; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #505a5f; padding: 4px 6px; vertical-align: top; text-align: left; }
            th { background: #f3f2f1; }
            td p { margin: 0 0 0.4em; }
            .status { font-weight: bold; }
            @page { size: A4 landscape; margin: 12mm; }
            @media print { body { margin: 0; } thead { display: table-header-group; } tr { break-inside: avoid; } }""";

    /** The page to print may apply its stylesheet (by its hash) and nothing else: no script, image or frame. */
    static final String HTML_POLICY = "default-src 'none'; style-src 'sha256-" + sha256(STYLE)
            + "'; frame-ancestors 'none'";

    private static final DateTimeFormatter BOARD_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

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

    /** A standalone page whose table has the columns of the board pack, grouped by priority as the pack does. */
    static String html(ActionPlanView plan, List<ActionItemView> items) {
        StringBuilder page = new StringBuilder(16_384);
        String title = plan.title() + " (" + plan.authorityName() + ")";
        page.append("""
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>""").append(escape(title)).append("""
                </title>
                <style>""").append(STYLE).append("""
                </style>
                </head>
                <body>
                <h1>""").append(escape(title)).append("</h1>\n");
        page.append("<table>\n<thead><tr><th scope=\"col\">Our priorities</th><th scope=\"col\">What will we do</th>")
                .append("<th scope=\"col\">How will we do it</th>")
                .append("<th scope=\"col\">Measures of Success (performance indicators)</th>")
                .append("<th scope=\"col\">Who will do it / when</th><th scope=\"col\">Progress Update</th>")
                .append("</tr></thead>\n<tbody>\n");
        Priority previous = null;
        for (ActionItemView item : items) {
            page.append("<tr><th scope=\"row\">")
                    .append(item.priority() == previous ? "" : escape(item.priorityTitle())).append("</th>");
            previous = item.priority();
            page.append("<td>").append(escape(item.letter() + ". " + item.what())).append("</td>");
            page.append("<td>").append(paragraphs(item.how())).append("</td>");
            page.append("<td>").append(paragraphs(item.measures()));
            if (!item.indicators().isEmpty()) {
                page.append("<p>Indicators: ").append(escape(String.join(", ", item.indicators()))).append("</p>");
            }
            page.append("</td><td>").append(paragraphs(java.util.stream.Stream.of(item.owner(),
                    item.dueDate() == null ? null : boardDate(item.dueDate())).filter(s -> s != null).toList()))
                    .append("</td><td>");
            page.append("<p class=\"status\">").append(escape(item.status().label()))
                    .append(item.overdue() ? " (overdue)" : "").append("</p>");
            ActionItemView.UpdateView latest = item.latestUpdate();
            if (latest != null) {
                page.append("<p>").append(escape(boardDate(latest.date()))).append("</p>")
                        .append(paragraphs(latest.text().lines().toList()));
            }
            page.append("</td></tr>\n");
        }
        return page.append("</tbody>\n</table>\n</body>\n</html>\n").toString();
    }

    private static String paragraphs(List<String> lines) {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append("<p>").append(escape(line)).append("</p>"));
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String boardDate(LocalDate date) {
        return BOARD_DATE.format(date);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
