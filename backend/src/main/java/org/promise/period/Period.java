package org.promise.period;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.promise.common.time.Clocks;
import org.promise.common.wire.SupportedYears;

/**
 * A reporting period, parsed from and formatted to the codes board papers use:
 * financial year {@code 2022-23} (1 April to 31 March), financial quarter {@code 2023-24-Q1} (Q1 = April to June),
 * snapshot {@code 2023-03-31} (the position on a date), academic year {@code AY2022-23} (1 September to 31 August)
 * and rolling three years {@code 2019-22} (1 April 2019 to 31 March 2022, as ASGLB averages).
 *
 * <p>Periods order by their end date, then their start date, then their kind, so that a year sorts after its
 * quarters and every code has one place.
 */
public record Period(PeriodKind kind, int year, int quarter, LocalDate date) implements Comparable<Period> {

    private static final Pattern YEAR_PAIR = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-(\\d{2})-Q([1-4])");
    private static final Pattern ACADEMIC = Pattern.compile("AY(\\d{4})-(\\d{2})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    // Wider than the years a request may name (SupportedYears): arithmetic on a period (the previous year, a rolling
    // window, the year a window ends) reaches a few years past them.
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;

    private static final Comparator<Period> ORDER = Comparator.comparing(Period::end)
            .thenComparing(Period::start)
            .thenComparing(Period::kind);

    public Period {
        if (kind == PeriodKind.SNAPSHOT ? date == null : (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw new InvalidPeriodException("A period must lie between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }

    public static Period financialYear(int startYear) {
        return new Period(PeriodKind.FINANCIAL_YEAR, startYear, 0, null);
    }

    public static Period financialQuarter(int startYear, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new InvalidPeriodException("A financial quarter is Q1 to Q4");
        }
        return new Period(PeriodKind.FINANCIAL_QUARTER, startYear, quarter, null);
    }

    public static Period snapshot(LocalDate date) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidPeriodException("A period must lie between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return new Period(PeriodKind.SNAPSHOT, date.getYear(), 0, date);
    }

    public static Period academicYear(int startYear) {
        return new Period(PeriodKind.ACADEMIC_YEAR, startYear, 0, null);
    }

    public static Period rollingThreeYears(int startYear) {
        return new Period(PeriodKind.ROLLING_THREE_YEARS, startYear, 0, null);
    }

    /** Parses a code; anything that is not exactly one of the five shapes, or out of range, is refused. */
    public static Period parse(String code) {
        return parseShape(code).supported();
    }

    /**
     * This period, when a request may name it: a date, or a year its code starts with (2100-01-Q4 is of the
     * financial year 2100-01), in {@link SupportedYears}.
     */
    public Period supported() {
        int first = kind == PeriodKind.SNAPSHOT ? date.getYear() : year;
        if (!SupportedYears.contains(first)) {
            throw new InvalidPeriodException("'" + code() + "' is out of range: Promise holds periods of the years "
                    + SupportedYears.FIRST + " to " + SupportedYears.LAST);
        }
        return this;
    }

    private static Period parseShape(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidPeriodException("A period is required, such as 2022-23, 2023-24-Q1, 2023-03-31, "
                    + "AY2022-23 or 2019-22");
        }
        Matcher quarter = QUARTER.matcher(code);
        if (quarter.matches()) {
            int start = consecutiveYears(quarter.group(1), quarter.group(2), 1, code);
            return financialQuarter(start, Integer.parseInt(quarter.group(3)));
        }
        Matcher academic = ACADEMIC.matcher(code);
        if (academic.matches()) {
            return academicYear(consecutiveYears(academic.group(1), academic.group(2), 1, code));
        }
        if (DATE.matcher(code).matches()) {
            try {
                return snapshot(LocalDate.parse(code));
            } catch (DateTimeParseException e) {
                throw new InvalidPeriodException("'" + code + "' is not a real date");
            }
        }
        Matcher pair = YEAR_PAIR.matcher(code);
        if (pair.matches()) {
            int start = Integer.parseInt(pair.group(1));
            int endTwoDigits = Integer.parseInt(pair.group(2));
            if (endTwoDigits == (start + 1) % 100) {
                return financialYear(start);
            }
            if (endTwoDigits == (start + 3) % 100) {
                return rollingThreeYears(start);
            }
            throw new InvalidPeriodException("'" + code + "' is neither a financial year (such as 2022-23) nor "
                    + "three rolling years (such as 2019-22)");
        }
        throw new InvalidPeriodException("'" + code + "' is not a period code; use a financial year (2022-23), "
                + "a quarter (2023-24-Q1), a date (2023-03-31), an academic year (AY2022-23) or three rolling "
                + "years (2019-22)");
    }

    /** Parses a code and checks that it is of the kind expected. */
    public static Period parse(String code, PeriodKind expected) {
        Period period = parse(code);
        if (period.kind != expected) {
            throw new InvalidPeriodException("'" + code + "' is a " + period.kind.wire() + " period, but a "
                    + expected.wire() + " is needed here (such as " + expected.example() + ")");
        }
        return period;
    }

    private static int consecutiveYears(String first, String second, int gap, String code) {
        int start = Integer.parseInt(first);
        if (Integer.parseInt(second) != (start + gap) % 100) {
            throw new InvalidPeriodException("In '" + code + "' the second year must follow the first");
        }
        return start;
    }

    public String code() {
        return switch (kind) {
            case FINANCIAL_YEAR -> yearLabel(year);
            case FINANCIAL_QUARTER -> yearLabel(year) + "-Q" + quarter;
            case SNAPSHOT -> date.toString();
            case ACADEMIC_YEAR -> "AY" + yearLabel(year);
            case ROLLING_THREE_YEARS -> yearsLabel(year, year + 3);
        };
    }

    /**
     * The period as people write it in a sentence, not as its code: "2022-23", "Q1 2023-24", "at 31 March 2023"
     * (a snapshot is a position on a day), "academic year 2022-23", "the three years 2019-22".
     */
    public String inWords() {
        return switch (kind) {
            case FINANCIAL_YEAR -> yearLabel(year);
            case FINANCIAL_QUARTER -> "Q" + quarter + " " + yearLabel(year);
            case SNAPSHOT -> "at " + Clocks.written(date);
            case ACADEMIC_YEAR -> "academic year " + yearLabel(year);
            case ROLLING_THREE_YEARS -> "the three years " + yearsLabel(year, year + 3);
        };
    }

    /** A year as boards write it, from its first year: 2022 is "2022-23", 1999 is "1999-00". */
    public static String yearLabel(int startYear) {
        return yearsLabel(startYear, startYear + 1);
    }

    /** The years this period spans, as {@link #yearLabel} writes them: "2022-23", or "2020-23" for three years. */
    public String yearsLabel() {
        return kind == PeriodKind.ROLLING_THREE_YEARS ? yearsLabel(year, year + 3) : yearLabel(year);
    }

    private static String yearsLabel(int first, int last) {
        return first + "-" + twoDigits(last);
    }

    public LocalDate start() {
        return switch (kind) {
            case FINANCIAL_YEAR, ROLLING_THREE_YEARS -> LocalDate.of(year, Month.APRIL, 1);
            case FINANCIAL_QUARTER -> quarterStart(year, quarter);
            case SNAPSHOT -> date;
            case ACADEMIC_YEAR -> LocalDate.of(year, Month.SEPTEMBER, 1);
        };
    }

    public LocalDate end() {
        return switch (kind) {
            case FINANCIAL_YEAR -> LocalDate.of(year + 1, Month.MARCH, 31);
            case ROLLING_THREE_YEARS -> LocalDate.of(year + 3, Month.MARCH, 31);
            case FINANCIAL_QUARTER -> quarterStart(year, quarter).plusMonths(3).minusDays(1);
            case SNAPSHOT -> date;
            case ACADEMIC_YEAR -> LocalDate.of(year + 1, Month.AUGUST, 31);
        };
    }

    /**
     * Whether the period is over by {@code today}: its last day (a snapshot's day, as at which it is given) is
     * before today, so a period ending today has not ended until tomorrow.
     */
    public boolean hasEndedBy(LocalDate today) {
        return end().isBefore(today);
    }

    /**
     * The period before this one, of the same kind: the previous year, the previous quarter (2023-24-Q4 before
     * 2024-25-Q1), the same date a year earlier (29 February falls back to the 28th), the previous rolling window.
     */
    public Period previous() {
        return switch (kind) {
            case FINANCIAL_YEAR -> financialYear(year - 1);
            case FINANCIAL_QUARTER -> quarter == 1 ? financialQuarter(year - 1, 4) : financialQuarter(year, quarter - 1);
            case SNAPSHOT -> snapshot(date.minusYears(1));
            case ACADEMIC_YEAR -> academicYear(year - 1);
            case ROLLING_THREE_YEARS -> rollingThreeYears(year - 1);
        };
    }

    /** The period after this one, of the same kind: {@link #previous()} the other way. */
    public Period next() {
        return switch (kind) {
            case FINANCIAL_YEAR -> financialYear(year + 1);
            case FINANCIAL_QUARTER -> quarter == 4 ? financialQuarter(year + 1, 1) : financialQuarter(year, quarter + 1);
            case SNAPSHOT -> snapshot(date.plusYears(1));
            case ACADEMIC_YEAR -> academicYear(year + 1);
            case ROLLING_THREE_YEARS -> rollingThreeYears(year + 1);
        };
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return code();
    }

    private static LocalDate quarterStart(int financialYear, int quarter) {
        return LocalDate.of(financialYear, Month.APRIL, 1).plusMonths(3L * (quarter - 1));
    }

    private static String twoDigits(int year) {
        int last = year % 100;
        return last < 10 ? "0" + last : Integer.toString(last);
    }
}
