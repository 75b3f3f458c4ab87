package org.promise.figure;

import java.util.List;

/**
 * What an import did, or in a dry run would do; after a real import of values, the open data-check warnings about
 * the figures it wrote ({@link FigureChecks}).
 */
public record ImportReport(boolean dryRun, int rows, int created, int updated, int unchanged,
        List<FigureChecks.Raised> warnings) {

    public ImportReport(boolean dryRun, int rows, int created, int updated, int unchanged) {
        this(dryRun, rows, created, updated, unchanged, null);
    }

    public ImportReport withWarnings(List<FigureChecks.Raised> raised) {
        return new ImportReport(dryRun, rows, created, updated, unchanged, raised);
    }
}
