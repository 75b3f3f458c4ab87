package org.promise.actionplan;

import java.util.List;

public record ActionPlanView(long id, String authority, String authorityName, int startYear, String year,
        String title, int itemCount, List<StatusCount> statusCounts, int overdueCount, long version) {

    public record StatusCount(ItemStatus status, int count) {
    }

    public record Page(List<ActionPlanView> items) {
    }
}
