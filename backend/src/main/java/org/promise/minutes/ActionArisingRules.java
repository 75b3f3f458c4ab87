package org.promise.minutes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.promise.common.error.FieldError;
import org.promise.common.time.Clocks;

/** When an action arising is late, and what closing one needs. */
public final class ActionArisingRules {

    private ActionArisingRules() {
    }

    /** Closed: done or dropped. */
    public static boolean isClosed(ActionArisingStatus status) {
        return status == ActionArisingStatus.DONE || status == ActionArisingStatus.DROPPED;
    }

    /** Late: its due date has passed (today, in England, is after it) and it is still open or in progress. */
    public static boolean isLate(ActionArisingStatus status, LocalDate dueDate, LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && !isClosed(status);
    }

    /** The days since a late action's due date; null for one that is not late. */
    public static Integer daysLate(ActionArisingStatus status, LocalDate dueDate, LocalDate today) {
        return isLate(status, dueDate, today) ? (int) ChronoUnit.DAYS.between(dueDate, today) : null;
    }

    /**
     * What is wrong with a change: done needs the evidence that closed it; only a closed action has a closing date
     * (closedOn), which may not be in the future nor before the meeting that raised the action ({@code raisedOn}).
     * Evidence given with an open action is kept: an action reopened keeps what was done so far.
     */
    public static List<FieldError> problems(ActionArisingStatus status, String evidence, LocalDate closedOn,
            LocalDate raisedOn, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (status == ActionArisingStatus.DONE && (evidence == null || evidence.isBlank())) {
            errors.add(new FieldError("evidence", "required",
                    "Say what closed the action (\"shared with the board by e-mail\") before marking it done"));
        }
        if (!isClosed(status) && closedOn != null) {
            errors.add(new FieldError("closedOn", "not-allowed",
                    "An action that is " + status.wire() + " has not closed: leave out closedOn"));
        }
        if (closedOn != null && closedOn.isAfter(today)) {
            errors.add(new FieldError("closedOn", "not-future", "An action closes on a day that has come"));
        }
        if (closedOn != null && closedOn.isBefore(raisedOn)) {
            errors.add(new FieldError("closedOn", "range", "An action closes on or after the meeting that raised it, "
                    + Clocks.written(raisedOn)));
        }
        return errors;
    }

    /** The closing date to store: the one given, or today for a closed action; none for an open one. */
    public static LocalDate closedOn(ActionArisingStatus status, LocalDate given, LocalDate today) {
        if (!isClosed(status)) {
            return null;
        }
        return given != null ? given : today;
    }
}
