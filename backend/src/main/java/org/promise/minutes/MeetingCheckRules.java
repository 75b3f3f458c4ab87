package org.promise.minutes;

import static org.promise.common.time.Clocks.written;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of access to information, checked on one meeting's papers as they were printed (Local Government Act
 * 1972, Part VA and Schedule 12A). Pure: what the meeting, its agenda, its resolutions and its board's other
 * meetings say goes in, the warnings come out.
 */
public final class MeetingCheckRules {

    /** Part VA asks for an agenda open to inspection at least five clear days before the meeting. */
    static final int CLEAR_DAYS = 5;

    /**
     * An agenda item that asks the meeting to exclude the public: "To agree that the public be excluded...", or the
     * usual heading naming the Access to Information Act.
     */
    private static final Pattern EXCLUSION_ITEM = Pattern.compile(
            "(?is).*(exclu\\w*\\W+(?:\\w+\\W+){0,6}public|public\\W+(?:\\w+\\W+){0,6}exclu|access to information).*");

    /** What the rules read of a resolution. */
    public record ResolutionFacts(long agendaItemId, ResolutionKind kind, LocalDate approvesMinutesOf,
            Long approvesMeetingId) {
    }

    private MeetingCheckRules() {
    }

    /** Every warning the meeting's papers raise, in the order of the rules. */
    public static List<MeetingWarning> check(MeetingFacts meeting, List<MeetingFacts.AgendaItem> items,
            List<ResolutionFacts> resolutions, List<MeetingFacts> boardMeetings) {
        List<MeetingWarning> warnings = new ArrayList<>();
        agendaPublishedLate(meeting).ifPresent(warnings::add);
        warnings.addAll(exemptWithoutParagraph(items));
        exclusionResolutionMissing(meeting, items, resolutions).ifPresent(warnings::add);
        warnings.addAll(minutesDateMismatch(meeting, items, resolutions, boardMeetings));
        nextMeetingInPast(meeting).ifPresent(warnings::add);
        nextMeetingNotInProgramme(meeting, boardMeetings).ifPresent(warnings::add);
        return warnings;
    }

    static Optional<MeetingWarning> agendaPublishedLate(MeetingFacts meeting) {
        LocalDate published = meeting.agendaPublishedOn();
        if (published == null) {
            return Optional.empty();
        }
        int clear = WorkingDays.clearDaysBetween(published, meeting.date());
        if (clear >= CLEAR_DAYS) {
            return Optional.empty();
        }
        return Optional.of(new MeetingWarning(MeetingCheckRule.AGENDA_PUBLISHED_LATE, "The agenda was published on "
                + written(published) + ", " + days(clear) + " before the meeting on " + written(meeting.date())
                + "; it should be published at least five clear working days before.", null));
    }

    static List<MeetingWarning> exemptWithoutParagraph(List<MeetingFacts.AgendaItem> items) {
        return items.stream().filter(item -> item.exempt() && item.exemptParagraph() == null)
                .map(item -> new MeetingWarning(MeetingCheckRule.EXEMPT_WITHOUT_PARAGRAPH, "Item " + item.number()
                        + ", \"" + item.title() + "\", is private but does not say which paragraph of Schedule 12A"
                        + " to the Local Government Act 1972 makes it exempt.", ref(item)))
                .toList();
    }

    /**
     * A held meeting that took an exempt item needs a resolution excluding the public; before the meeting, its
     * agenda needs an item asking for one. One warning a meeting, on its first exempt item.
     */
    static Optional<MeetingWarning> exclusionResolutionMissing(MeetingFacts meeting,
            List<MeetingFacts.AgendaItem> items, List<ResolutionFacts> resolutions) {
        Optional<MeetingFacts.AgendaItem> exempt = items.stream().filter(MeetingFacts.AgendaItem::exempt).findFirst();
        if (exempt.isEmpty() || meeting.cancelled()) {
            return Optional.empty();
        }
        boolean held = meeting.status().equals(MeetingFacts.HELD) || meeting.minutesApproved();
        if (held && resolutions.stream().noneMatch(resolution -> resolution.kind() == ResolutionKind.EXCLUDE_PUBLIC)) {
            return Optional.of(new MeetingWarning(MeetingCheckRule.EXCLUSION_RESOLUTION_MISSING, "Item "
                    + exempt.get().number() + " was taken in private, but no resolution of the meeting excluded the"
                    + " public.", ref(exempt.get())));
        }
        if (!held && items.stream().noneMatch(MeetingCheckRules::asksToExcludeThePublic)) {
            return Optional.of(new MeetingWarning(MeetingCheckRule.EXCLUSION_RESOLUTION_MISSING, "Item "
                    + exempt.get().number() + " is private, but no item of the agenda asks the meeting to exclude"
                    + " the public.", ref(exempt.get())));
        }
        return Optional.empty();
    }

    static boolean asksToExcludeThePublic(MeetingFacts.AgendaItem item) {
        return !item.exempt() && (EXCLUSION_ITEM.matcher(item.title()).matches()
                || item.description() != null && EXCLUSION_ITEM.matcher(item.description()).matches());
    }

    static List<MeetingWarning> minutesDateMismatch(MeetingFacts meeting, List<MeetingFacts.AgendaItem> items,
            List<ResolutionFacts> resolutions, List<MeetingFacts> boardMeetings) {
        Optional<MeetingFacts> previous = MinuteApproval.previousMeeting(meeting, boardMeetings);
        if (previous.isEmpty()) {
            return List.of();
        }
        List<MeetingWarning> warnings = new ArrayList<>();
        for (ResolutionFacts resolution : resolutions) {
            if (resolution.kind() != ResolutionKind.APPROVE_MINUTES) {
                continue;
            }
            MeetingFacts.AgendaItem item = items.stream().filter(i -> i.id() == resolution.agendaItemId())
                    .findFirst().orElseThrow();
            String was = "the board's previous meeting was on " + written(previous.get().date()) + ".";
            LocalDate named = resolution.approvesMinutesOf();
            if (named != null && !named.equals(previous.get().date())) {
                warnings.add(new MeetingWarning(MeetingCheckRule.MINUTES_DATE_MISMATCH, "Item " + item.number()
                        + " approves the minutes of the meeting held on " + written(named) + ", but " + was,
                        ref(item)));
            }
            Long approved = resolution.approvesMeetingId();
            if (approved != null && approved != previous.get().id()) {
                String approvedDate = boardMeetings.stream().filter(m -> m.id() == approved).findFirst()
                        .map(m -> "of " + written(m.date())).orElse("of another board");
                warnings.add(new MeetingWarning(MeetingCheckRule.MINUTES_DATE_MISMATCH, "Item " + item.number()
                        + " approves the minutes of the meeting " + approvedDate + ", but " + was, ref(item)));
            }
        }
        return warnings;
    }

    static Optional<MeetingWarning> nextMeetingInPast(MeetingFacts meeting) {
        LocalDate next = meeting.nextMeetingDate();
        if (next == null || next.isAfter(meeting.date())) {
            return Optional.empty();
        }
        return Optional.of(new MeetingWarning(MeetingCheckRule.NEXT_MEETING_IN_PAST, "The date of the next meeting, "
                + written(next) + ", is not after this meeting's date, " + written(meeting.date()) + ".", null));
    }

    static Optional<MeetingWarning> nextMeetingNotInProgramme(MeetingFacts meeting, List<MeetingFacts> boardMeetings) {
        LocalDate next = meeting.nextMeetingDate();
        if (next == null || boardMeetings.stream().anyMatch(other -> other.date().equals(next))) {
            return Optional.empty();
        }
        return Optional.of(new MeetingWarning(MeetingCheckRule.NEXT_MEETING_NOT_IN_PROGRAMME,
                "The date of the next meeting, " + written(next) + ", is the date of none of the board's meetings.",
                null));
    }

    private static AgendaItemRef ref(MeetingFacts.AgendaItem item) {
        return new AgendaItemRef(item.id(), item.number());
    }

    private static String days(int clear) {
        return switch (clear) {
            case 0 -> "no clear working day";
            case 1 -> "one clear working day";
            default -> clear + " clear working days";
        };
    }
}
