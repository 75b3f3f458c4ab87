package org.promise.minutes;

/** A report a resolution noted. */
public record ReportRef(long id, String title) {
}
