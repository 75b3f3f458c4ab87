package org.promise.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where reports were presented: the agenda items of held meetings (not cancelled, on or before today) that had them
 * among their papers. Meetings build on reports, so the meeting feature answers this (decision 34); no report code
 * reads a meeting's classes.
 */
public interface ReportPresentations {

    /** Each report's presentations that the caller may see (an exempt item only for its authority's insiders). */
    Map<Long, List<Presentation>> of(Collection<Long> reportIds);

    /** Whether any meeting, held or not, has the report among its papers, or any resolution notes it. */
    boolean isReferenced(long reportId);

    /** Whether the resolution was made on an agenda item of a held meeting at which the report was presented. */
    boolean isResolutionWhereItWasPresented(long reportId, long resolutionId);

    record Presentation(long meetingId, LocalDate meetingDate, String meetingTitle, long agendaItemId,
            int agendaItemNumber, String agendaItemTitle) {
    }
}
