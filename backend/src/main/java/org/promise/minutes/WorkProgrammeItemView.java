package org.promise.minutes;

import java.time.OffsetDateTime;
import java.util.List;
import org.promise.common.sync.Tombstone;
import org.promise.report.ReportType;

/** A work programme item with the history of its moves. */
public record WorkProgrammeItemView(long id, String title, ReportType reportType, WorkProgrammeStatus status,
        MeetingRef meeting, List<WorkProgrammeMoveView> moves, ResolutionRef addedBy, long version,
        OffsetDateTime updatedAt) {

    /** A page of items, for sync clients. */
    public record Page(List<WorkProgrammeItemView> items, List<Tombstone> deleted, String next) {
    }
}
