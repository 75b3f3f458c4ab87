package org.promise.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.promise.scorecard.Direction;
import org.promise.scorecard.Rag;

/** The contract's Dashboard: what needs a signed-in person's attention in one authority. Nulls are written out. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DashboardView(String authority, String authorityName, LocalDate asAt, String view, String period,
        Meeting nextMeeting, Scorecard scorecard, List<ActionItem> overdueActionItems,
        List<Question> unansweredQuestions, ActionsArising actionsArising, FiguresDue figuresDue,
        DataWarnings dataWarnings) {

    public record Meeting(long id, String title, LocalDate date, List<AgendaItem> items) {
    }

    public record AgendaItem(int number, String title, boolean exempt) {
    }

    public record Scorecard(RagCounts counts, List<Indicator> needsAttention, List<Indicator> worse) {
    }

    public record RagCounts(long red, long amber, long green, long none) {
    }

    public record Indicator(String indicator, String name, Rag rag, Direction direction) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ActionItem(long id, long planId, String year, String letter, String what, String owner,
            LocalDate dueDate, long daysLate) {
    }

    public record Question(long id, long itemId, String what, String askedBy, OffsetDateTime askedAt, String text) {
    }

    public record ActionsArising(long open, long late, List<ActionArising> items) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ActionArising(long id, String description, String owner, LocalDate dueDate, boolean late,
            Integer daysLate) {
    }

    public record FiguresDue(LocalDate dueBy, List<FigureDue> items) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FigureDue(String indicator, String name, String lastPeriod, String duePeriod, int periodsBehind,
            DueState state) {
    }

    public record DataWarnings(long open) {
    }
}
