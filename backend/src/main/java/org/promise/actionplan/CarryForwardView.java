package org.promise.actionplan;

import java.util.List;

public final class CarryForwardView {

    private CarryForwardView() {
    }

    /** What carrying a plan forward would do, before anybody does it. */
    public record Preview(long fromPlanId, String fromYear, String toYear, Long toPlanId, boolean createsPlan,
            List<Move> items) {
    }

    public record Move(long fromItemId, String fromLetter, String what, ItemStatus status, Long toItemId,
            String toLetter) {
    }

    public record Result(long fromPlanId, long toPlanId, String toYear, List<Move> carried) {
    }
}
