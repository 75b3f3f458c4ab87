package org.promise.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.promise.common.error.FieldError;
import org.promise.period.InvalidPeriodException;
import org.promise.period.Period;

/** The rules of a report's content that its fields' limits do not state, as pure functions (decision 34). */
final class ReportRules {

    private ReportRules() {
    }

    /**
     * Each row of a table has a cell under every column: all of them, or all but the first when the row has its own
     * header cell (the first column is then the header column).
     */
    static List<FieldError> tableShapes(List<ReportSection> sections) {
        return blocks(sections, (path, block) -> {
            if (!(block instanceof ReportBlock.Table table) || table.columns() == null || table.rows() == null) {
                return List.of();
            }
            List<FieldError> errors = new ArrayList<>();
            for (int r = 0; r < table.rows().size(); r++) {
                ReportBlock.Row row = table.rows().get(r);
                if (row == null || row.cells() == null) {
                    continue;
                }
                int expected = table.columns().size() - (row.header() == null ? 0 : 1);
                if (row.cells().size() != expected) {
                    errors.add(new FieldError(path + ".rows[" + r + "].cells", "columns", "The row has "
                            + row.cells().size() + " cells and the table " + table.columns().size() + " columns"
                            + (row.header() == null ? "" : ", the first of them for the row's header")
                            + ": give " + expected + " cells"));
                }
            }
            return errors;
        });
    }

    /** A figure names a period by its code ("2022-23", "2023-24-Q1", "2023-03-31"). */
    static List<FieldError> periods(List<ReportSection> sections) {
        return blocks(sections, (path, block) -> {
            if (!(block instanceof ReportBlock.Figure figure) || figure.period() == null) {
                return List.of();
            }
            try {
                Period.parse(figure.period());
                return List.of();
            } catch (InvalidPeriodException e) {
                return List.of(new FieldError(path + ".period", "period", e.getMessage()));
            }
        });
    }

    /** A figure cites an indicator the catalogue holds. */
    static List<FieldError> unknownIndicators(List<ReportSection> sections, Set<String> catalogue) {
        return blocks(sections, (path, block) -> block instanceof ReportBlock.Figure figure
                && figure.indicator() != null && !catalogue.contains(figure.indicator())
                ? List.of(new FieldError(path + ".indicator", "unknown",
                        "There is no indicator " + figure.indicator() + " in the catalogue"))
                : List.of());
    }

    /** The board decides at or after the report's first presentation, and not in the future. */
    static Optional<FieldError> decisionDate(LocalDate decidedOn, LocalDate firstPresented, LocalDate today) {
        if (decidedOn.isAfter(today)) {
            return Optional.of(new FieldError("decidedOn", "range", "decidedOn is in the future: a decision is"
                    + " recorded once it has been taken"));
        }
        if (decidedOn.isBefore(firstPresented)) {
            return Optional.of(new FieldError("decidedOn", "range", "decidedOn is before the report was first"
                    + " presented (" + firstPresented + ")"));
        }
        return Optional.empty();
    }

    /** What a check finds in each block, each block named by its JSON path ("sections[2].blocks[5]"). */
    private static List<FieldError> blocks(List<ReportSection> sections,
            BiFunction<String, ReportBlock, List<FieldError>> check) {
        List<FieldError> errors = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            ReportSection section = sections.get(s);
            if (section == null || section.blocks() == null) {
                continue;
            }
            for (int b = 0; b < section.blocks().size(); b++) {
                ReportBlock block = section.blocks().get(b);
                if (block != null) {
                    errors.addAll(check.apply("sections[" + s + "].blocks[" + b + "]", block));
                }
            }
        }
        return errors;
    }
}
