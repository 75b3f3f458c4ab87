package org.promise.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.promise.common.error.FieldError;

/**
 * The rules that tie an attendance record's lines together, so that the quorum counts each voter once: a person
 * (a board member, or a name) is listed once, a member has at most one substitute, and a member recorded present
 * has none.
 */
final class AttendanceRules {

    private AttendanceRules() {
    }

    static List<FieldError> check(List<AttendanceInput.Entry> entries) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> present = new HashSet<>();
        entries.stream().filter(entry -> entry.presence() == Presence.PRESENT)
                .forEach(entry -> present.add(key(entry.name())));
        Set<Long> members = new HashSet<>();
        Set<String> names = new HashSet<>();
        Map<String, Integer> substituted = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            AttendanceInput.Entry entry = entries.get(i);
            String at = "entries[" + i + "].";
            if (entry.boardMember() != null && !members.add(entry.boardMember())) {
                errors.add(new FieldError(at + "boardMember", "unique",
                        "Board member " + entry.boardMember() + " is listed already; each person is listed once"));
            }
            if (!names.add(key(entry.name()))) {
                errors.add(new FieldError(at + "name", "unique",
                        entry.name().strip() + " is listed already; each person is listed once"));
            }
            if (entry.capacity() != AttendanceCapacity.SUBSTITUTE || MeetingService.isBlank(entry.substituteFor())) {
                continue;
            }
            String member = key(entry.substituteFor());
            if (present.contains(member)) {
                errors.add(new FieldError(at + "substituteFor", "present", entry.substituteFor().strip()
                        + " is recorded present: a substitute stands in for a member who is not there"));
            } else if (substituted.putIfAbsent(member, i) != null) {
                errors.add(new FieldError(at + "substituteFor", "unique", entry.substituteFor().strip()
                        + " has a substitute already (entry " + substituted.get(member) + "): a member has one"));
            }
        }
        return errors;
    }

    /** People are told apart by name, whatever its case and the spaces around it. */
    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
