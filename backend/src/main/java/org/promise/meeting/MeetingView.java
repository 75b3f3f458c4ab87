package org.promise.meeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.promise.common.sync.Tombstone;

/**
 * A meeting as the contract's Meeting shows it to one caller (exempt items as {@link MeetingReads} decides), and the
 * shapes inside it. Nulls are written out: the contract requires every field.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MeetingView(long id, String authority, String authorityName, BoardRef board, MeetingKind kind,
        String title, LocalDate date, String startTime, String closeTime, String venue, String livestreamUrl,
        MeetingStatus status, String cancelledReason, LocalDate agendaPublishedOn, LocalDate nextMeetingDate,
        int agendaItemCount, List<AgendaItemView> agendaItems, List<AttendanceEntryView> attendance,
        List<DeclarationView> declarations, QuorumRule.QuorumCheck quorum, ResolutionRef minutesApprovedBy,
        OffsetDateTime updatedAt, long version) {

    public record BoardRef(long id, String name) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ResolutionRef(long id, MeetingRef meeting, int agendaItemNumber, Integer number) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AgendaItemView(long id, int number, String title, String description, boolean exempt,
            Integer exemptParagraph, String exemptReason, List<PaperView> papers, List<IndicatorRef> indicators,
            List<ActionItemRef> actionItems, long version, OffsetDateTime updatedAt) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PaperView(long id, String title, ReportRef report) {
    }

    public record ReportRef(long id, String title) {
    }

    public record IndicatorRef(String code, String name) {
    }

    public record ActionItemRef(long id, String planYear, String letter, String what) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AttendanceEntryView(long id, String name, AttendanceCapacity capacity, Presence presence,
            String substituteFor, String roleTitle, boolean voting, Long boardMember) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DeclarationView(long id, AgendaItemRef agendaItem, String memberName, DeclarationKind kind,
            String interest, String dispensation) {
    }

    public record AgendaItemRef(long id, int number) {
    }

    /** A meeting in a list, as the contract's MeetingSummary shows it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Summary(long id, String authority, String authorityName, BoardRef board, MeetingKind kind,
            String title, LocalDate date, String startTime, String venue, MeetingStatus status, int agendaItemCount,
            OffsetDateTime updatedAt, long version) {
    }

    /** A page of meetings; {@code next} is left out on the last page. */
    public record Page(List<Summary> items, List<Tombstone> deleted, String next) {
    }
}
