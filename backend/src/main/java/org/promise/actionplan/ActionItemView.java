package org.promise.actionplan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.promise.indicator.Priority;

public record ActionItemView(long id, long planId, String authority, String year, String letter, Priority priority,
        String priorityTitle, String what, List<String> how, List<String> measures, List<String> indicators,
        String owner, LocalDate dueDate, ItemStatus status, boolean overdue, ItemRef carriedFrom, ItemRef carriedTo,
        UpdateView latestUpdate, long version) {

    /** Another item, named as the board names it: "2022-23 item b". */
    public record ItemRef(long id, long planId, String year, String letter) {
    }

    public record UpdateView(long id, LocalDate date, String author, String text, ItemStatus status) {

        static UpdateView of(ProgressUpdate update) {
            return new UpdateView(update.id, update.date, update.author, update.text, update.status);
        }
    }

    /** An update made on an earlier year's item that this one continues. */
    public record EarlierUpdate(ItemRef item, UpdateView update) {
    }

    public record QuestionView(long id, String askedBy, OffsetDateTime askedAt, String text, String answer,
            String answeredBy, OffsetDateTime answeredAt) {

        static QuestionView of(ItemQuestion question) {
            return new QuestionView(question.id, question.askedBy, question.askedAt, question.text, question.answer,
                    question.answeredBy, question.answeredAt);
        }
    }

    /** A question and the item it is on. */
    public record AskedQuestion(long itemId, QuestionView question) {
    }

    public record Page(ActionPlanView plan, List<ActionItemView> items) {
    }
}
