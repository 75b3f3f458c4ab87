package org.promise.actionplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.promise.indicator.Priority;

/** An action item's own content; its status comes only from progress updates. */
public record ActionItemInput(
        @Pattern(regexp = "^[a-z]{1,3}$", message = "must be one to three lower-case letters, such as b or aa")
        String letter,
        @NotNull Priority priority,
        @NotBlank @Size(max = 5000) String what,
        @Size(max = 30) List<@NotBlank @Size(max = 5000) String> how,
        @Size(max = 30) List<@NotBlank @Size(max = 5000) String> measures,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "^[A-Z][A-Z0-9_]*$",
                message = "must be an indicator code such as CL_EET_1921") String> indicators,
        @Size(max = 300) String owner,
        LocalDate dueDate) {
}
