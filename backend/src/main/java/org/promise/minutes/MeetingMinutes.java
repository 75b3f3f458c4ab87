package org.promise.minutes;

import java.util.List;

/** A meeting's minutes, item by item, as the caller may read them. */
public record MeetingMinutes(MeetingRef meeting, boolean approved, ResolutionRef approvedBy, List<Item> items) {

    /** One agenda item's minute and resolutions. */
    public record Item(MinutesAgendaItem agendaItem, MinuteView minute, List<ResolutionView> resolutions) {
    }

    /** Every version of one item's minute, oldest first. */
    public record Versions(List<MinuteView> items) {
    }
}
