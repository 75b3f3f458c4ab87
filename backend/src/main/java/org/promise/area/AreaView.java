package org.promise.area;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;

/**
 * An area as the API shows it. {@code members} are a regional adoption agency's authorities (in name order) or a
 * statistical-neighbour group's (nearest first, as DfE ranks them), and {@code agencies} the agencies an authority
 * is a member of (in name order); each is empty for every other area.
 */
public record AreaView(String code, String name, AreaKind kind, String dfeCode, String parentCode, String note,
        boolean publishesScorecard, List<AreaRef> members, List<AreaRef> agencies) {

    static AreaView of(Area area, List<AreaRef> members, List<AreaRef> agencies) {
        return new AreaView(area.code, area.name, area.kind, area.dfeCode, area.parentCode, area.note,
                area.publishesScorecard, members, agencies);
    }

    /**
     * The areas an authority's figures are compared with (decision 26): England, its region, its statistical
     * neighbours and the adoption agencies it is a member of. The scorecard reads the same areas in one statement
     * (ScorecardReads.AREAS).
     */
    @JsonIgnore
    public List<String> comparatorCodes() {
        List<String> codes = new ArrayList<>(List.of(Area.ENGLAND, "SN-" + code));
        if (parentCode != null) {
            codes.add(parentCode);
        }
        agencies.forEach(agency -> codes.add(agency.code()));
        return codes;
    }

    /** An area named by another: its code and name. */
    public record AreaRef(String code, String name) {
    }

    public record Page(List<AreaView> items) {
    }
}
