package org.promise.yousaid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What has been done, or what comes next; the date defaults to today. */
public record YouSaidEntryInput(@NotNull EntryKind kind, LocalDate date, @NotBlank @Size(max = 5000) String text) {
}
