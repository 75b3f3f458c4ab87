package org.promise.minutes;

import java.util.List;

/** An authority's work programme for a municipal year, by meeting. */
public record WorkProgrammeView(String authority, String authorityName, int startYear, String year,
        List<AtMeeting> meetings, List<WorkProgrammeItemView> unscheduled, MeetingRef nextMeeting,
        List<WorkProgrammeItemView> dueAtNextMeeting, List<WorkProgrammeItemView> late) {

    /** One meeting and the items placed at it. */
    public record AtMeeting(MeetingRef meeting, List<WorkProgrammeItemView> items) {
    }
}
