package org.promise.actionplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new entry in an item's history; the date defaults to today. */
public record ProgressUpdateInput(LocalDate date, @NotBlank @Size(max = 10000) String text,
        @NotNull ItemStatus status) {
}
