package org.promise.pack;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.promise.common.wire.AuthorityCode;
import org.promise.common.wire.StorableText;

/**
 * What a client sends to draft a pack; the rules mirror the contract's PerformancePackInput. The period's own rules
 * (a year or quarter, not in the future) and a blank title are checked by the service.
 */
public record PerformancePackInput(
        @NotNull @AuthorityCode String authority,
        @NotNull @Size(max = 20) String period,
        @Pattern(regexp = StorableText.ONE_LINE, message = StorableText.ONE_LINE_MESSAGE)
        @Size(min = 1, max = 300) String title) {
}
