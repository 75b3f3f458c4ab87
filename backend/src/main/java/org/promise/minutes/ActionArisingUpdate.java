package org.promise.minutes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A change to an action arising; the rules mirror the contract's ActionArisingUpdate. */
public record ActionArisingUpdate(
        @NotBlank @Size(max = 5000) String description,
        @Size(max = 300) String owner,
        LocalDate dueDate,
        @NotNull ActionArisingStatus status,
        @Size(max = 5000) String evidence,
        LocalDate closedOn) {
}
