package org.promise.yousaid;

import java.time.LocalDate;
import java.util.List;
import org.promise.actionplan.ItemStatus;

public record YouSaidView(long id, String authority, String ask, String forum, String askedIn, List<Entry> done,
        List<Entry> next, List<LinkedItem> actionItems, long version) {

    public record Entry(long id, LocalDate date, String text) {
    }

    /** An action item that answers the ask, named as the board names it ("2023-24 item m"). */
    public record LinkedItem(long id, String year, String letter, String what, ItemStatus status) {
    }

    public record Page(String authority, String authorityName, List<YouSaidView> items) {
    }
}
