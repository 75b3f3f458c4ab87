package org.promise.area;

import java.util.List;

/**
 * An area as the API shows it. {@code members} are a regional adoption agency's authorities and {@code agencies}
 * the agencies an authority is a member of (each empty for every other area), in name order.
 */
public record AreaView(String code, String name, AreaKind kind, String dfeCode, String parentCode, String note,
        boolean publishesScorecard, List<AreaRef> members, List<AreaRef> agencies) {

    static AreaView of(Area area, List<AreaRef> members, List<AreaRef> agencies) {
        return new AreaView(area.code, area.name, area.kind, area.dfeCode, area.parentCode, area.note,
                area.publishesScorecard, members, agencies);
    }

    /** An area named by another: its code and name. */
    public record AreaRef(String code, String name) {
    }

    public record Page(List<AreaView> items) {
    }
}
