package org.promise.minutes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.promise.report.ReportType;

/** A resolution and what it does; the rules mirror the contract's ResolutionInput. */
public record ResolutionInput(
        @Min(1) @Max(99) Integer number,
        @NotBlank @Size(max = 20000) String text,
        @NotNull ResolutionKind kind,
        @NotNull Vote vote,
        @Min(0) @Max(999) Integer votesFor,
        @Min(0) @Max(999) Integer votesAgainst,
        @Min(0) @Max(999) Integer abstentions,
        LocalDate approvesMinutesOf,
        @Min(1) Long approvesMeeting,
        @Min(1) Long notesReport,
        @Size(max = 50) List<@NotNull @Valid Action> actions,
        @Size(max = 50) List<@NotNull @Valid Move> workProgrammeMoves,
        @Size(max = 50) List<@NotNull @Valid Addition> workProgrammeAdditions) {

    /** An action the resolution creates. */
    public record Action(
            @NotBlank @Size(max = 5000) String description,
            @Size(max = 300) String owner,
            LocalDate dueDate) {
    }

    /** A work programme item the resolution moves. */
    public record Move(
            @NotNull @Min(1) Long item,
            @Min(1) Long toMeeting,
            @NotBlank @Size(max = 2000) String reason) {
    }

    /** A work programme item the resolution adds. */
    public record Addition(
            @NotBlank @Size(max = 500) String title,
            ReportType reportType,
            @Min(1) Long meeting,
            @NotNull @Min(2000) @Max(2100) Integer startYear) {
    }

    List<Action> actionsOrNone() {
        return actions == null ? List.of() : actions;
    }

    List<Move> movesOrNone() {
        return workProgrammeMoves == null ? List.of() : workProgrammeMoves;
    }

    List<Addition> additionsOrNone() {
        return workProgrammeAdditions == null ? List.of() : workProgrammeAdditions;
    }
}
