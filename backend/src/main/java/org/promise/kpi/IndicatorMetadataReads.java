package org.promise.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.promise.common.sql.PlainSql;
import org.promise.disclosure.Audience;

/** The coverage and cross-references of many indicators, one statement each whatever their number. */
@ApplicationScoped
class IndicatorMetadataReads {

    private static final String COVERAGE = """
            select v.indicator_code, v.area_code, a.name,
                   array_agg(v.period_code order by v.period_end, v.period_code)
            from indicator_value v
            join indicator i on i.code = v.indicator_code
            join area a on a.code = v.area_code
            where v.indicator_code = any(?)
              and """ + Audience.CONDITION + """

            group by v.indicator_code, v.area_code, a.name
            order by v.indicator_code, a.name
            """;

    private static final String CROSS_REFERENCES = """
            select indicator_code, ees_publication, ees_indicator, fingertips_indicator_id, lg_inform_metric_id
            from indicator_cross_reference where indicator_code = any(?)
            """;

    private record Covered(String indicator, IndicatorMetadata.Coverage coverage) {
    }

    private record Referenced(String indicator, IndicatorMetadata.CrossReferences references) {
    }

    private final PlainSql sql;

    IndicatorMetadataReads(PlainSql sql) {
        this.sql = sql;
    }

    /** By indicator, the areas with figures that the audience may read, in name order. */
    Map<String, List<IndicatorMetadata.Coverage>> coverage(Collection<String> indicators, Audience audience) {
        return sql.list(COVERAGE, parameters -> audience.bind(parameters.texts(indicators)), IndicatorMetadataReads::covered)
                .stream().collect(Collectors.groupingBy(Covered::indicator, LinkedHashMap::new,
                        Collectors.mapping(Covered::coverage, Collectors.toList())));
    }

    Map<String, IndicatorMetadata.CrossReferences> crossReferences(Collection<String> indicators) {
        return sql.list(CROSS_REFERENCES, parameters -> parameters.texts(indicators), row -> new Referenced(
                row.getString(1), new IndicatorMetadata.CrossReferences(row.getString(2), row.getString(3),
                        row.getObject(4, Integer.class), row.getObject(5, Integer.class))))
                .stream().collect(Collectors.toMap(Referenced::indicator, Referenced::references));
    }

    private static Covered covered(ResultSet row) throws SQLException {
        String[] periods = (String[]) row.getArray(4).getArray();
        return new Covered(row.getString(1),
                new IndicatorMetadata.Coverage(row.getString(2), row.getString(3), List.of(periods)));
    }
}
