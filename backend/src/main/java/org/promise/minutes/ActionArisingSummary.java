package org.promise.minutes;

import java.time.LocalDate;

/** An action as its resolution lists it. */
public record ActionArisingSummary(long id, String description, String owner, LocalDate dueDate,
        ActionArisingStatus status) {
}
