package org.promise.minutes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in England and Wales: not a Saturday, a Sunday or a bank holiday. The bank holidays are computed
 * (Easter by the Gregorian computus, substitute days when Christmas, Boxing Day or New Year's Day fall at a
 * weekend), with the days moved or added by proclamation since 1990 (jubilees, royal occasions, VE Day).
 */
public final class WorkingDays {

    /** Days added by proclamation, on top of the usual eight. */
    private static final Set<LocalDate> ONE_OFF = Set.of(
            LocalDate.of(1999, 12, 31), // the millennium
            LocalDate.of(2002, 6, 3), // the Golden Jubilee
            LocalDate.of(2011, 4, 29), // the royal wedding
            LocalDate.of(2012, 6, 5), // the Diamond Jubilee
            LocalDate.of(2022, 6, 3), // the Platinum Jubilee
            LocalDate.of(2022, 9, 19), // the state funeral of Queen Elizabeth II
            LocalDate.of(2023, 5, 8)); // the coronation of King Charles III

    private WorkingDays() {
    }

    /** Whether the day is a working day: a weekday that is not a bank holiday. */
    public static boolean isWorkingDay(LocalDate day) {
        return !isWeekend(day) && !bankHolidays(day.getYear()).contains(day);
    }

    /**
     * The clear working days between two dates: the working days after {@code from} and before {@code to}, neither
     * counted; none when {@code to} is not at least two days after {@code from}.
     */
    public static int clearDaysBetween(LocalDate from, LocalDate to) {
        int clear = 0;
        for (LocalDate day = from.plusDays(1); day.isBefore(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                clear++;
            }
        }
        return clear;
    }

    /** England and Wales' bank holidays of a year, in date order. */
    public static Set<LocalDate> bankHolidays(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(weekdayOnOrAfter(LocalDate.of(year, 1, 1), days));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(earlyMay(year));
        days.add(spring(year));
        days.add(LocalDate.of(year, Month.AUGUST, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(weekdayOnOrAfter(LocalDate.of(year, 12, 25), days));
        days.add(weekdayOnOrAfter(LocalDate.of(year, 12, 26), days));
        ONE_OFF.stream().filter(day -> day.getYear() == year).forEach(days::add);
        return days;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous computus of Meeus, Jones and Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The first Monday of May, moved to VE Day's Friday in 1995 and 2020. */
    private static LocalDate earlyMay(int year) {
        if (year == 1995 || year == 2020) {
            return LocalDate.of(year, Month.MAY, 8);
        }
        return LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    /** The last Monday of May, moved for the Golden, Diamond and Platinum Jubilees. */
    private static LocalDate spring(int year) {
        return switch (year) {
            case 2002, 2012 -> LocalDate.of(year, Month.JUNE, 4);
            case 2022 -> LocalDate.of(year, Month.JUNE, 2);
            default -> LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        };
    }

    /** The day, or when it falls at a weekend or on another holiday already taken, the next weekday free of both. */
    private static LocalDate weekdayOnOrAfter(LocalDate day, Set<LocalDate> taken) {
        LocalDate substitute = day;
        while (isWeekend(substitute) || taken.contains(substitute)) {
            substitute = substitute.plusDays(1);
        }
        return substitute;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
