package org.promise.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingCalendarTest {

    private static final OffsetDateTime CHANGED = OffsetDateTime.parse("2023-11-03T10:15:00+01:00");

    private static MeetingCalendar.Event event(long id, LocalTime start, boolean cancelled,
            List<MeetingCalendar.Item> items) {
        return new MeetingCalendar.Event(id, "Corporate Parenting Board", LocalDate.of(2023, 11, 13), start,
                LocalTime.of(19, 40), "Council Chamber, Walsall Council House", cancelled, items, CHANGED);
    }

    private static List<String> lines(String calendar) {
        return Arrays.asList(calendar.split("\r\n", -1));
    }

    @Test
    void shouldWriteAnEventInLondonTimeWithAStableUid() {
        String calendar = MeetingCalendar.write("Walsall board meetings",
                List.of(event(3, LocalTime.of(18, 0), false, List.of(new MeetingCalendar.Item(6, "Performance")))));
        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(lines(calendar)).contains("BEGIN:VTIMEZONE", "TZID:Europe/London", "UID:meeting-3@promise",
                "DTSTART;TZID=Europe/London:20231113T180000", "DTEND;TZID=Europe/London:20231113T194000",
                // DTSTAMP is the time of the last change, in UTC.
                "DTSTAMP:20231103T091500Z", "SUMMARY:Corporate Parenting Board",
                "LOCATION:Council Chamber\\, Walsall Council House", "DESCRIPTION:6. Performance",
                "STATUS:CONFIRMED");
        assertThat(calendar).doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
    }

    @Test
    void shouldKeepACancelledMeetingMarkedCancelled() {
        String calendar = MeetingCalendar.write("Walsall board meetings",
                List.of(event(4, LocalTime.of(18, 0), true, List.of())));
        assertThat(lines(calendar)).contains("UID:meeting-4@promise", "STATUS:CANCELLED")
                .noneMatch(line -> line.startsWith("DESCRIPTION"));
    }

    @Test
    void shouldGiveAMeetingWithoutATimeAsADay() {
        String calendar = MeetingCalendar.write("Walsall board meetings", List.of(event(5, null, false, List.of())));
        assertThat(lines(calendar)).contains("DTSTART;VALUE=DATE:20231113").noneMatch(line -> line.startsWith("DTEND"));
    }

    @Test
    void shouldEscapeTextValues() {
        assertThat(MeetingCalendar.text("Back\\slash; semi, comma\nnew line\r\nCRLF"))
                .isEqualTo("Back\\\\slash\\; semi\\, comma\\nnew line\\nCRLF");
    }

    @Test
    void shouldFoldLongLinesAt75OctetsWithoutSplittingACharacter() {
        String title = "Réponse à la consultation – l’avenir des enfants pris en charge ".repeat(4);
        StringBuilder out = new StringBuilder();
        MeetingCalendar.line(out, "SUMMARY:" + title);
        String folded = out.toString();
        List<String> physical = lines(folded).subList(0, lines(folded).size() - 1);
        assertThat(physical).hasSizeGreaterThan(1);
        physical.forEach(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        physical.subList(1, physical.size()).forEach(line -> assertThat(line).startsWith(" "));
        // Unfolding (removing CRLF and the one space after it) gives the line back whole.
        assertThat(folded.replace("\r\n ", "")).isEqualTo("SUMMARY:" + title + "\r\n");
    }

    @Test
    void shouldNotFoldALineOf75Octets() {
        StringBuilder out = new StringBuilder();
        MeetingCalendar.line(out, "X".repeat(75));
        assertThat(out.toString()).isEqualTo("X".repeat(75) + "\r\n");
    }

    @Test
    void shouldLeaveControlCharactersOutOfTextValues() {
        assertThat(MeetingCalendar.text("Board\u0007 in the\u0001 Chamber;\tNorth\nWing"))
                .isEqualTo("Board in the Chamber\\;\tNorth\\nWing");
    }
}
