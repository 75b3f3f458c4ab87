package org.promise.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one source of the current time: a {@link Clock} bean in UTC, injected wherever "now" is taken, so that a test
 * can set it. Board papers date things in England, so "today" is the date in Europe/London at that instant.
 */
@Singleton
public class Clocks {

    private static final ZoneId BOARD_ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter AS_WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Application scoped (a proxied bean) so that a test can put a fixed clock in its place. */
    @Produces
    @ApplicationScoped
    static Clock systemClock() {
        return Clock.systemUTC();
    }

    /** The instant, as timestamps are stored: in UTC. */
    public static OffsetDateTime timestamp(Clock clock) {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Today's date where the boards meet. */
    public static LocalDate boardDate(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), BOARD_ZONE);
    }

    /** A date as board papers write it: 31 March 2091. */
    public static String written(LocalDate date) {
        return AS_WRITTEN.format(date);
    }

    /** A moment as the date it was where the boards meet, as board papers write it. */
    public static String written(OffsetDateTime moment) {
        return written(moment.atZoneSameInstant(BOARD_ZONE).toLocalDate());
    }
}
