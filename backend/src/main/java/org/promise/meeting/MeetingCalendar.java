package org.promise.meeting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An authority's meetings as an iCalendar feed (RFC 5545): times in Europe/London with its VTIMEZONE, a UID per
 * meeting that never changes, cancelled meetings kept as cancelled, and only the public agenda items in the
 * description. Lines end in CRLF and are folded at 75 octets.
 */
public final class MeetingCalendar {

    static final String MEDIA_TYPE = "text/calendar";

    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** The UK's rule since 1996: summer time from the last Sunday of March to the last Sunday of October. */
    private static final List<String> LONDON = List.of(
            "BEGIN:VTIMEZONE",
            "TZID:Europe/London",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0100",
            "TZNAME:BST",
            "DTSTART:19700329T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000",
            "TZNAME:GMT",
            "DTSTART:19701025T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");

    private MeetingCalendar() {
    }

    /** A public agenda item, as the description lists it. */
    public record Item(int number, String title) {
    }

    /** One meeting as the feed shows it; {@code items} holds its public agenda items only. */
    public record Event(long id, String title, LocalDate date, LocalTime start, LocalTime end, String venue,
            boolean cancelled, List<Item> items, OffsetDateTime updatedAt) {
    }

    public static String write(String calendarName, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Promise//Meetings//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        line(out, "X-WR-TIMEZONE:Europe/London");
        LONDON.forEach(text -> line(out, text));
        events.forEach(event -> event(out, event));
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void event(StringBuilder out, Event event) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:meeting-" + event.id() + "@promise");
        line(out, "DTSTAMP:" + UTC.format(event.updatedAt().withOffsetSameInstant(ZoneOffset.UTC)));
        if (event.start() == null) {
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(event.date()));
        } else {
            line(out, "DTSTART;TZID=Europe/London:" + LOCAL.format(event.date().atTime(event.start())));
            if (event.end() != null && event.end().isAfter(event.start())) {
                line(out, "DTEND;TZID=Europe/London:" + LOCAL.format(event.date().atTime(event.end())));
            }
        }
        line(out, "SUMMARY:" + text(event.title()));
        if (event.venue() != null) {
            line(out, "LOCATION:" + text(event.venue()));
        }
        if (!event.items().isEmpty()) {
            line(out, "DESCRIPTION:" + text(event.items().stream().map(item -> item.number() + ". " + item.title())
                    .collect(Collectors.joining("\n"))));
        }
        line(out, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(out, "END:VEVENT");
    }

    /**
     * A TEXT value: backslashes, semicolons, commas and line breaks escaped (RFC 5545, 3.3.11), other control
     * characters left out (3.1 allows none in a content line; one stored before the input refused them stays out).
     */
    static String text(String value) {
        return value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "").replace("\\", "\\\\")
                .replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n");
    }

    /** A content line folded so that no line is longer than 75 octets, never inside a character (3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                // A continuation line starts with the space, which counts towards its 75 octets.
                octets = 1;
            }
            out.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
