package org.promise.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.promise.common.wire.StorableText;

/**
 * What a client sends to add or change an agenda item; the rules mirror the contract's AgendaItemInput. The exempt
 * paragraph's range is the service's rule ({@code range}), checked with the rest of the exemption.
 */
public record AgendaItemInput(
        @Min(1) @Max(999) Integer number,
        @Pattern(regexp = StorableText.ONE_LINE, message = StorableText.ONE_LINE_MESSAGE)
        @NotBlank @Size(max = 500) String title,
        @Pattern(regexp = StorableText.PARAGRAPHS, message = StorableText.PARAGRAPHS_MESSAGE)
        @Size(max = 20000) String description,
        @NotNull Boolean exempt,
        Integer exemptParagraph,
        @Pattern(regexp = StorableText.PARAGRAPHS, message = StorableText.PARAGRAPHS_MESSAGE)
        @Size(max = 2000) String exemptReason,
        @Size(max = 50) List<@NotNull @Valid Paper> papers,
        @Size(max = 200) List<@NotNull @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$") String> indicators,
        @Size(max = 200) List<@NotNull @Positive Long> actionItems) {

    public record Paper(
            @Pattern(regexp = StorableText.ONE_LINE, message = StorableText.ONE_LINE_MESSAGE)
            @NotBlank @Size(max = 500) String title,
            @Positive Long report) {
    }

    List<Paper> papersGiven() {
        return papers == null ? List.of() : papers;
    }

    List<String> indicatorsGiven() {
        return indicators == null ? List.of() : indicators;
    }

    List<Long> actionItemsGiven() {
        return actionItems == null ? List.of() : actionItems;
    }
}
