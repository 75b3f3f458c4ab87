package org.promise.meeting;

/** A report, where a paper or a resolution points at one. */
public record ReportRef(long id, String title) {
}
