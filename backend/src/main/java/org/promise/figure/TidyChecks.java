package org.promise.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.promise.area.Area;
import org.promise.area.AreaKind;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;
import org.promise.common.security.Caller;
import org.promise.common.wire.Decimals;
import org.promise.common.wire.StorableText;
import org.promise.indicator.Indicator;
import org.promise.period.InvalidPeriodException;
import org.promise.period.Period;
import org.promise.period.PeriodKind;

/** The checks every imported row gets, whatever it imports: which indicator, which area, which period, and who. */
public final class TidyChecks {

    /** Past this many problems a file is plainly the wrong one; the report stops there. */
    private static final int MAX_REPORTED = 1000;

    private TidyChecks() {
    }

    /**
     * Checks every row and refuses the whole file with each problem by row and column; a row repeating an
     * earlier row's key is a problem too. {@code check} adds a row's problems to the list it is given and returns
     * the checked row, or null when it has problems.
     */
    public static <T> List<T> checkRows(List<TidyRow> rows, java.util.function.BiFunction<TidyRow, List<FieldError>, T> check,
            java.util.function.Function<T, String> key) {
        if (rows.isEmpty()) {
            throw ApiException.invalid("body", "required", "The file has no rows to import");
        }
        List<FieldError> errors = new ArrayList<>();
        List<T> checked = new ArrayList<>(rows.size());
        Map<String, Integer> firstLine = new HashMap<>();
        for (TidyRow row : rows) {
            List<FieldError> rowErrors = new ArrayList<>();
            row.cells().forEach((column, cell) -> StorableText.problem(cell).ifPresent(problem ->
                    rowErrors.add(new FieldError(column, StorableText.RULE, column + " " + problem))));
            T ok = rowErrors.isEmpty() ? check.apply(row, rowErrors) : null;
            if (ok != null) {
                Integer earlier = firstLine.putIfAbsent(key.apply(ok), row.line());
                if (earlier != null) {
                    String[] parts = key.apply(ok).split("/");
                    rowErrors.add(new FieldError(TidyRow.INDICATOR, "duplicate", "Row " + earlier + " already gives "
                            + parts[0] + " for " + parts[1] + " in " + parts[2]));
                } else {
                    checked.add(ok);
                }
            }
            rowErrors.forEach(error -> errors.add(error.atRow(row.line())));
            if (errors.size() >= MAX_REPORTED) {
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return checked;
    }

    public static Indicator indicator(TidyRow row, Map<String, Indicator> catalogue, List<FieldError> errors) {
        String code = row.get(TidyRow.INDICATOR);
        if (code == null) {
            errors.add(new FieldError(TidyRow.INDICATOR, "required", "Give the indicator's code"));
            return null;
        }
        Indicator indicator = catalogue.get(code);
        if (indicator == null) {
            errors.add(new FieldError(TidyRow.INDICATOR, "unknown", "There is no indicator " + code));
        }
        return indicator;
    }

    /**
     * The area a row names: by its level's code column (country_code, region_code, new_la_code, institution_id);
     * an authority's row whose comparator_group names its statistical neighbours is the neighbour group's. Files
     * written before decision 47 named every area in new_la_code, which is still read.
     */
    public static Area area(TidyRow row, Map<String, Area> areas, List<FieldError> errors) {
        String level = row.get(TidyRow.GEOGRAPHIC_LEVEL);
        AreaKind kind = level == null ? null : TidyPeriods.LEVELS.get(level);
        if (kind == null) {
            errors.add(new FieldError(TidyRow.GEOGRAPHIC_LEVEL, "allowed-values",
                    "geographic_level must be National, Regional, Local authority or Institution (a regional "
                            + "adoption agency)"));
            return null;
        }
        String column = switch (kind) {
            case COUNTRY -> row.get(TidyRow.COUNTRY_CODE) != null ? TidyRow.COUNTRY_CODE : TidyRow.AREA;
            case REGION -> row.get(TidyRow.REGION_CODE) != null ? TidyRow.REGION_CODE : TidyRow.AREA;
            case REGIONAL_ADOPTION_AGENCY ->
                row.get(TidyRow.INSTITUTION_ID) != null ? TidyRow.INSTITUTION_ID : TidyRow.AREA;
            default -> TidyRow.AREA;
        };
        String code = row.get(column);
        if (code == null && kind == AreaKind.COUNTRY) {
            code = Area.ENGLAND;
        }
        Area area = code == null ? null : areas.get(code);
        if (area == null) {
            errors.add(new FieldError(column, "unknown", code == null ? "Give the area's code"
                    : "There is no area " + code));
            return null;
        }
        String comparator = row.get(TidyRow.COMPARATOR_GROUP);
        if (kind == AreaKind.LOCAL_AUTHORITY && comparator != null && !comparator.equals(EesGeography.OWN_FIGURES)) {
            return neighboursOf(area, comparator, areas, errors);
        }
        if (area.kind != kind) {
            errors.add(new FieldError(TidyRow.GEOGRAPHIC_LEVEL, "mismatch",
                    area.name + " is not at the " + level + " level"));
            return null;
        }
        return area;
    }

    private static Area neighboursOf(Area authority, String comparator, Map<String, Area> areas,
            List<FieldError> errors) {
        Area group = areas.values().stream().filter(area -> area.kind == AreaKind.STATISTICAL_NEIGHBOURS
                && authority.code.equals(area.parentCode)).findFirst().orElse(null);
        if (group == null || !comparator.equals(EesGeography.comparatorOf(group))) {
            errors.add(new FieldError(TidyRow.COMPARATOR_GROUP, "allowed-values", "comparator_group must be "
                    + EesGeography.OWN_FIGURES + (group == null ? "" : " or " + EesGeography.comparatorOf(group))
                    + " for " + authority.name));
            return null;
        }
        return group;
    }

    public static Period period(TidyRow row, Indicator indicator, List<FieldError> errors) {
        if (indicator == null) {
            return null;
        }
        try {
            return TidyPeriods.read(row.get(TidyRow.TIME_PERIOD), row.get(TidyRow.TIME_IDENTIFIER),
                    indicator.periodKind);
        } catch (InvalidPeriodException e) {
            errors.add(new FieldError(TidyRow.TIME_PERIOD, "period", e.getMessage()));
            return null;
        }
    }

    /**
     * Reads the rows' periods as {@link #period} does, each distinct time_period, time_identifier and kind once: a
     * file of many thousand rows names a few periods, and parsing them was a tenth of a large import's time.
     */
    public static final class Periods {

        private record Named(String timePeriod, String timeIdentifier, PeriodKind kind) {
        }

        /** The period each was read as, or the problem it has. */
        private final Map<Named, Object> read = new HashMap<>();

        public Period of(TidyRow row, Indicator indicator, List<FieldError> errors) {
            if (indicator == null) {
                return null;
            }
            Object result = read.computeIfAbsent(new Named(row.get(TidyRow.TIME_PERIOD),
                    row.get(TidyRow.TIME_IDENTIFIER), indicator.periodKind), named -> {
                        List<FieldError> problems = new ArrayList<>(1);
                        Period period = period(row, indicator, problems);
                        return period != null ? period : problems.get(0);
                    });
            if (result instanceof Period period) {
                return period;
            }
            errors.add((FieldError) result);
            return null;
        }
    }

    public static BigDecimal number(String text, String column, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(text);
            if (!Decimals.storable(number)) {
                errors.add(new FieldError(column, "digits", column + " " + Decimals.DIGITS_MESSAGE + ", not '" + text
                        + "'"));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(column, "number", column + " must be a number"
                    + (column.equals(TidyRow.VALUE) ? " or a symbol (c, x, z or low)" : "") + ", not '" + text + "'"));
            return null;
        }
    }

    /**
     * Officers import their own authority's rows, an agency's officers the agency's; England, regional and neighbour
     * rows are the admins'.
     */
    public static void writeAccess(Caller caller, Area area, List<FieldError> errors) {
        if (area == null) {
            return;
        }
        try {
            if (area.kind.hasOwnOfficers()) {
                caller.requireWriteAccess(area.code);
            } else {
                caller.requireAdmin("England, regional and statistical-neighbour figures");
            }
        } catch (ApiException forbidden) {
            errors.add(new FieldError(TidyRow.AREA, "forbidden", forbidden.getMessage()));
        }
    }
}
