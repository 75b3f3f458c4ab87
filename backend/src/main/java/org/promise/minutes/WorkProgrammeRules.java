package org.promise.minutes;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;

/**
 * The work programme's calendar: a municipal year runs from 1 May to 30 April (the year of the annual meeting in
 * May, "2023/24"); an item is late when the meeting it was placed at has passed and it is still only planned.
 */
public final class WorkProgrammeRules {

    private WorkProgrammeRules() {
    }

    /** The first calendar year of the municipal year a day falls in. */
    public static int startYearOf(LocalDate day) {
        return day.getMonthValue() >= Month.MAY.getValue() ? day.getYear() : day.getYear() - 1;
    }

    public static LocalDate firstDay(int startYear) {
        return LocalDate.of(startYear, Month.MAY, 1);
    }

    public static LocalDate lastDay(int startYear) {
        return LocalDate.of(startYear + 1, Month.APRIL, 30);
    }

    /** "2023/24", as the papers label a municipal year. */
    public static String label(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    /** Late: placed at a meeting whose date is before today and still planned. */
    public static boolean isLate(WorkProgrammeStatus status, LocalDate meetingDate, LocalDate today) {
        return status == WorkProgrammeStatus.PLANNED && meetingDate != null && meetingDate.isBefore(today);
    }

    /** Due at a meeting: planned for it or proposed for it, not yet taken or withdrawn. */
    public static boolean isDue(WorkProgrammeStatus status) {
        return status == WorkProgrammeStatus.PLANNED || status == WorkProgrammeStatus.PROPOSED;
    }

    /** The first meeting on or after today that is not cancelled, of meetings in date order. */
    public static Optional<MeetingFacts> nextMeeting(List<MeetingFacts> meetings, LocalDate today) {
        return meetings.stream().filter(meeting -> !meeting.date().isBefore(today) && !meeting.cancelled())
                .findFirst();
    }
}
