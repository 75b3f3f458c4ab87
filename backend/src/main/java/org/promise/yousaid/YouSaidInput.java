package org.promise.yousaid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.promise.common.wire.AuthorityCode;

public record YouSaidInput(
        @NotNull @AuthorityCode String authority,
        @NotBlank @Size(max = 2000) String ask,
        @NotBlank @Size(max = 300) String forum,
        @NotNull @Pattern(regexp = "^[0-9]{4}-(0[1-9]|1[0-2])$", message = "must be a month such as 2023-02")
        String askedIn,
        @Size(max = 20) List<@NotNull Long> actionItems) {
}
