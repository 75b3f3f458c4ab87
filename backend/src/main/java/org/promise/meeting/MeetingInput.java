package org.promise.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.promise.common.wire.StorableText;

/** What a client sends to add or change a meeting; the rules mirror the contract's MeetingInput. */
public record MeetingInput(
        @NotNull @Positive Long board,
        @NotNull MeetingKind kind,
        @Pattern(regexp = StorableText.ONE_LINE, message = StorableText.ONE_LINE_MESSAGE)
        @NotBlank @Size(max = 300) String title,
        @NotNull LocalDate date,
        @Pattern(regexp = TIME) String startTime,
        @Pattern(regexp = TIME) String closeTime,
        @Pattern(regexp = StorableText.ONE_LINE, message = StorableText.ONE_LINE_MESSAGE) @Size(max = 500) String venue,
        @Pattern(regexp = StorableText.ONE_LINE, message = StorableText.ONE_LINE_MESSAGE)
        @Size(max = 2000) @Pattern(regexp = "^https?://.*") String livestreamUrl,
        @NotNull MeetingStatus status,
        @Pattern(regexp = StorableText.PARAGRAPHS, message = StorableText.PARAGRAPHS_MESSAGE)
        @Size(max = 2000) String cancelledReason,
        LocalDate agendaPublishedOn,
        LocalDate nextMeetingDate) {

    /** 24-hour HH:mm, as the contract writes times of day. */
    static final String TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
}
