package org.promise.figure;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.promise.common.error.ApiException;
import org.promise.area.AreaKind;
import org.promise.period.InvalidPeriodException;
import org.promise.period.Period;
import org.promise.period.PeriodKind;

/**
 * DfE's tidy files name a period by {@code time_period} and {@code time_identifier} ("202223", "Financial year")
 * and an area by {@code geographic_level}; this translates both ways. "Reporting year" 2023 is the year to 31 March
 * 2023: the snapshot on that day, the financial year 2022-23 or the three years 2020-23, by the indicator's kind; a
 * month (2023, "October") is the snapshot on its first day. Imports still read two identifiers of Promise's own,
 * which files written before decision 47 used: "Snapshot" (time_period a date, 2023-02-28) and "Rolling three
 * years" (201922); exports write "Snapshot" only for a date that no EES identifier names.
 */
public final class TidyPeriods {

    static final String FINANCIAL_YEAR = "Financial year";
    static final String QUARTER_PREFIX = "Financial year Q";
    static final String ACADEMIC_YEAR = "Academic year";
    static final String REPORTING_YEAR = "Reporting year";
    static final String SNAPSHOT = "Snapshot";
    static final String ROLLING = "Rolling three years";

    /** EES's months, whose time_period is a year: a snapshot on a month's first day is that month. */
    private static final List<String> MONTHS = java.util.Arrays.stream(Month.values())
            .map(month -> month.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)).toList();

    /**
     * Every time_identifier that {@link #write} gives, in EES's order of kinds: what a caller may keep with the CSVs'
     * {@code timeIdentifier} filter (docs/decisions.md, 47).
     */
    public static final List<String> WRITTEN = Stream.of(Stream.of(FINANCIAL_YEAR),
            IntStream.rangeClosed(1, 4).mapToObj(quarter -> QUARTER_PREFIX + quarter),
            Stream.of(ACADEMIC_YEAR, REPORTING_YEAR), MONTHS.stream(), Stream.of(SNAPSHOT))
            .flatMap(identity -> identity).toList();

    /**
     * The levels imports read: EES's, and the two that files written before EES's geography columns named
     * (docs/decisions.md, 47).
     */
    static final Map<String, AreaKind> LEVELS = Map.of(
            EesGeography.NATIONAL, AreaKind.COUNTRY,
            EesGeography.REGIONAL, AreaKind.REGION,
            EesGeography.LOCAL_AUTHORITY, AreaKind.LOCAL_AUTHORITY,
            EesGeography.INSTITUTION, AreaKind.REGIONAL_ADOPTION_AGENCY,
            "Statistical neighbours", AreaKind.STATISTICAL_NEIGHBOURS,
            "Regional adoption agency", AreaKind.REGIONAL_ADOPTION_AGENCY);

    private TidyPeriods() {
    }

    /** The period a row names, for an indicator of the given kind. */
    public static Period read(String timePeriod, String timeIdentifier, PeriodKind kind) {
        if (timePeriod == null || timePeriod.isBlank() || timeIdentifier == null || timeIdentifier.isBlank()) {
            throw new InvalidPeriodException("time_period and time_identifier are both needed");
        }
        String identifier = timeIdentifier.trim();
        String period = timePeriod.trim();
        Period read;
        if (identifier.equals(REPORTING_YEAR)) {
            int year = fourDigits(period);
            read = switch (kind) {
                case SNAPSHOT -> Period.snapshot(LocalDate.of(year, Month.MARCH, 31));
                case ROLLING_THREE_YEARS -> Period.rollingThreeYears(year - 3);
                default -> Period.financialYear(year - 1);
            };
        } else if (MONTHS.contains(identifier)) {
            read = Period.snapshot(LocalDate.of(fourDigits(period), MONTHS.indexOf(identifier) + 1, 1));
        } else if (identifier.equals(SNAPSHOT)) {
            try {
                read = Period.snapshot(LocalDate.parse(period));
            } catch (DateTimeParseException e) {
                throw new InvalidPeriodException("For a Snapshot, time_period is a date such as 2023-03-31");
            }
        } else if (identifier.equals(FINANCIAL_YEAR)) {
            read = Period.parse(yearPair(period), PeriodKind.FINANCIAL_YEAR);
        } else if (identifier.startsWith(QUARTER_PREFIX) && identifier.length() == QUARTER_PREFIX.length() + 1) {
            read = Period.parse(yearPair(period) + "-Q" + identifier.substring(QUARTER_PREFIX.length()));
        } else if (identifier.equals(ACADEMIC_YEAR)) {
            read = Period.parse("AY" + yearPair(period));
        } else if (identifier.equals(ROLLING)) {
            read = Period.parse(yearPair(period), PeriodKind.ROLLING_THREE_YEARS);
        } else {
            throw new InvalidPeriodException("time_identifier '" + identifier + "' is not one Promise reads: use "
                    + "Financial year, Financial year Q1 to Q4, Academic year, Reporting year, a month (January to "
                    + "December), Snapshot or Rolling three years");
        }
        if (read.kind() != kind) {
            throw new InvalidPeriodException("'" + identifier + " " + period + "' is a " + read.kind().wire()
                    + " period, but this indicator is reported by " + kind.wire());
        }
        return read.supported();
    }

    /**
     * The time_period and time_identifier that {@link #read} turns back into this period, from EES's vocabulary
     * with one time_period shape per identifier: three rolling years are the reporting year they end in (2019-22 is
     * 2022), a snapshot on 31 March that reporting year, one on a month's first day that month (2023, "October", as
     * at 1 October). Only a snapshot on another day keeps Promise's own "Snapshot" (docs/decisions.md, 47).
     */
    public static String[] write(Period period) {
        // The six digits of EES files are the year label without its hyphen: "202223".
        String pair = period.yearsLabel().replace("-", "");
        return switch (period.kind()) {
            case FINANCIAL_YEAR -> new String[] {pair, FINANCIAL_YEAR};
            case FINANCIAL_QUARTER -> new String[] {pair, QUARTER_PREFIX + period.quarter()};
            case ACADEMIC_YEAR -> new String[] {pair, ACADEMIC_YEAR};
            case ROLLING_THREE_YEARS -> new String[] {String.valueOf(period.year() + 3), REPORTING_YEAR};
            case SNAPSHOT -> snapshot(period.date());
        };
    }

    private static String[] snapshot(LocalDate date) {
        String year = String.valueOf(date.getYear());
        if (date.getMonth() == Month.MARCH && date.getDayOfMonth() == 31) {
            return new String[] {year, REPORTING_YEAR};
        }
        return date.getDayOfMonth() == 1 ? new String[] {year, MONTHS.get(date.getMonthValue() - 1)}
                : new String[] {date.toString(), SNAPSHOT};
    }

    /** The time identifiers a {@code timeIdentifier} filter names, each checked; none filters nothing. */
    public static List<String> filter(List<String> given) {
        List<String> identifiers = given == null ? List.of() : given.stream().map(String::trim).toList();
        if (!WRITTEN.containsAll(identifiers)) {
            throw ApiException.invalid("timeIdentifier", "allowed-values",
                    "timeIdentifier must be one of " + String.join(", ", WRITTEN));
        }
        return identifiers;
    }

    private static int fourDigits(String period) {
        if (!period.matches("\\d{4}")) {
            throw new InvalidPeriodException("For a Reporting year or a month, time_period is a year such as 2023");
        }
        return Integer.parseInt(period);
    }

    private static String yearPair(String period) {
        if (!period.matches("\\d{6}")) {
            throw new InvalidPeriodException("time_period '" + period + "' should be six digits, such as 202223");
        }
        return period.substring(0, 4) + "-" + period.substring(4);
    }
}
