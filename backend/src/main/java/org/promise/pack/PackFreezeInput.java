package org.promise.pack;

import jakarta.validation.constraints.Positive;

/** Where a pack is presented, when it is frozen: a meeting of its authority, and an item of that meeting. */
public record PackFreezeInput(@Positive Long meetingId, @Positive Long agendaItemId) {
}
