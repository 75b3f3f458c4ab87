package org.promise.area;

import java.util.List;

public record AreaView(String code, String name, AreaKind kind, String dfeCode, String parentCode, String note,
        boolean publishesScorecard) {

    static AreaView of(Area area) {
        return new AreaView(area.code, area.name, area.kind, area.dfeCode, area.parentCode, area.note,
                area.publishesScorecard);
    }

    public record Page(List<AreaView> items) {
    }
}
