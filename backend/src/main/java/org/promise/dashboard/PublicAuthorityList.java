package org.promise.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;

/** The contract's PublicAuthorityList: what each authority has published, and the one public pages open on. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PublicAuthorityList(List<Item> items, String opening) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(String code, String name, String scorecardPeriod, boolean strategy, long youSaidEntries,
            long upcomingMeetings) {

        /** How many of the front door's four parts (scorecard, promise, "You said, we did", meetings) it fills. */
        int partsShown() {
            return (scorecardPeriod != null ? 1 : 0) + (strategy ? 1 : 0) + (youSaidEntries > 0 ? 1 : 0)
                    + (upcomingMeetings > 0 ? 1 : 0);
        }
    }

    /**
     * The authorities in name order, and the one to open on: of those with something to show, the one that fills
     * most of the front door, the first by name among equals.
     */
    static PublicAuthorityList of(List<Item> items) {
        List<Item> byName = items.stream().sorted(Comparator.comparing(Item::name).thenComparing(Item::code)).toList();
        return new PublicAuthorityList(byName, byName.stream().filter(item -> item.partsShown() > 0)
                .max(Comparator.comparingInt(Item::partsShown).thenComparing(Item::name, Comparator.reverseOrder())
                        .thenComparing(Item::code, Comparator.reverseOrder()))
                .map(Item::code).orElse(null));
    }
}
