package org.promise.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceRulesTest {

    private static AttendanceInput.Entry entry(String name, AttendanceCapacity capacity, Presence presence,
            String substituteFor, Long boardMember) {
        return new AttendanceInput.Entry(name, capacity, presence, substituteFor, null, true, boardMember);
    }

    private static List<String> broken(AttendanceInput.Entry... entries) {
        return AttendanceRules.check(List.of(entries)).stream().map(error -> error.field() + " " + error.rule())
                .toList();
    }

    @Test
    void shouldAcceptEachPersonOnceAndASubstituteForAnAbsentMember() {
        assertThat(broken(entry("Councillor Latham", AttendanceCapacity.MEMBER, Presence.APOLOGIES, null, 1L),
                entry("Councillor Stand-In", AttendanceCapacity.SUBSTITUTE, Presence.PRESENT, "Councillor Latham",
                        null),
                entry("Councillor Chair", AttendanceCapacity.MEMBER, Presence.PRESENT, null, 2L))).isEmpty();
    }

    @Test
    void shouldListEachBoardMemberAndEachNameOnce() {
        assertThat(broken(entry("Councillor Latham", AttendanceCapacity.MEMBER, Presence.PRESENT, null, 1L),
                entry("N. Latham", AttendanceCapacity.MEMBER, Presence.PRESENT, null, 1L),
                entry(" councillor latham", AttendanceCapacity.MEMBER, Presence.PRESENT, null, null)))
                .containsExactly("entries[1].boardMember unique", "entries[2].name unique");
    }

    @Test
    void shouldGiveAMemberWhoIsAwayOneSubstituteAndAPresentMemberNone() {
        assertThat(broken(entry("Councillor Latham", AttendanceCapacity.MEMBER, Presence.PRESENT, null, null),
                entry("Councillor One", AttendanceCapacity.SUBSTITUTE, Presence.PRESENT, "Councillor Latham", null),
                entry("Councillor Away", AttendanceCapacity.MEMBER, Presence.APOLOGIES, null, null),
                entry("Councillor Two", AttendanceCapacity.SUBSTITUTE, Presence.PRESENT, "Councillor Away", null),
                entry("Councillor Three", AttendanceCapacity.SUBSTITUTE, Presence.PRESENT, "councillor away", null)))
                .containsExactly("entries[1].substituteFor present", "entries[4].substituteFor unique");
    }
}
