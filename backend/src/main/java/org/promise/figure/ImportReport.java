package org.promise.figure;

/** What an import did, or in a dry run would do. */
public record ImportReport(boolean dryRun, int rows, int created, int updated, int unchanged) {
}
