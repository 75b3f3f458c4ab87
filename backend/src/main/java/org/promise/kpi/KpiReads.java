package org.promise.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.promise.common.sql.PlainSql;
import org.promise.common.wire.Decimals;
import org.promise.common.wire.WireValue;
import org.promise.disclosure.Audience;
import org.promise.figure.ValueStatus;
import org.promise.indicator.Polarity;
import org.promise.indicator.StatisticalSymbol;
import org.promise.indicator.Unit;
import org.promise.scorecard.Measure;
import org.promise.scorecard.RagRule;
import org.promise.scorecard.Reading;
import org.promise.target.TargetFacts;
import org.promise.value.QualityFlag;

/** One page of the figures a caller may read, in one statement, ordered by indicator, area and period. */
@ApplicationScoped
class KpiReads {

    // The page is chosen first and joined to its areas and targets after: a join over the whole of target (a merge
    // from its first row) cost a page deep in the feed 80 ms of the database's time; 1,001 probes of target's key cost
    // a millisecond wherever the page is (decision 50).
    private static final String PAGE = """
            select v.indicator_code, v.unit, v.decimals, v.polarity, v.area_code, a.name, v.period_code,
                   v.value, v.symbol, v.numerator, v.denominator, v.status,
                   t.value, t.tolerance, t.pending, t.pending_reason, v.note
            from (
                select v.indicator_code, i.unit, i.decimals, i.polarity, v.area_code, v.period_code,
                       v.value, v.symbol, v.numerator, v.denominator, v.status, v.note
                from indicator_value v
                join indicator i on i.code = v.indicator_code
                where (cardinality(?::varchar[]) = 0 or v.indicator_code = any(?))
                  and (cardinality(?::varchar[]) = 0 or v.area_code = any(?))
                  and (?::varchar is null or v.period_code = ?)
                  and (?::date is null or v.period_end >= ?)
                  and (?::date is null or v.period_end <= ?)
                  and (?::varchar is null or v.status = ?)
                  and (cardinality(?::varchar[]) = 0
                       or ees_time_identifier(i.period_kind, v.period_code, v.period_end) = any(?))
                  and (?::timestamptz is null or v.updated_at > ? or i.updated_at > ?
                       or exists (select 1 from target t where t.indicator_code = v.indicator_code
                                  and t.area_code = v.area_code and t.period_code = v.period_code
                                  and t.updated_at > ?))
                  and (?::varchar is null or (v.indicator_code, v.area_code, v.period_code) > (?, ?, ?))
                  and (?::varchar is null or (v.indicator_code, v.area_code, v.period_code) < (?, ?, ?))
                  and """ + Audience.CONDITION + """

                order by v.indicator_code %1$s, v.area_code %1$s, v.period_code %1$s
                limit ?) v
            join area a on a.code = v.area_code
            left join target t on t.indicator_code = v.indicator_code and t.area_code = v.area_code
                                 and t.period_code = v.period_code
            order by v.indicator_code %1$s, v.area_code %1$s, v.period_code %1$s
            """;

    /**
     * The figures withdrawn from this audience since an instant: the latest withdrawal of each key that the audience
     * could read when it went and cannot read (with the status asked for) now.
     */
    private static final String WITHDRAWN = """
            select w.indicator_code, w.area_code, a.name, w.period_code, max(w.withdrawn_at)
            from kpi_withdrawal w
            join area a on a.code = w.area_code
            join indicator wi on wi.code = w.indicator_code
            where w.withdrawn_at > ?
              and (cardinality(?::varchar[]) = 0 or w.indicator_code = any(?))
              and (cardinality(?::varchar[]) = 0 or w.area_code = any(?))
              and (?::varchar is null or w.period_code = ?)
              and (?::date is null or w.period_end >= ?)
              and (?::date is null or w.period_end <= ?)
              and (cardinality(?::varchar[]) = 0
                   or ees_time_identifier(wi.period_kind, w.period_code, w.period_end) = any(?))
              and """ + Audience.condition("w.status", "w.area_code", "w.internal_only") + """

              and not exists (
                  select 1 from indicator_value v join indicator i on i.code = v.indicator_code
                  where v.indicator_code = w.indicator_code and v.area_code = w.area_code
                    and v.period_code = w.period_code and (?::varchar is null or v.status = ?)
                    and """ + Audience.CONDITION + """
              )
            group by w.indicator_code, w.area_code, a.name, w.period_code
            order by w.indicator_code, w.area_code, w.period_code
            """;

    /**
     * What to read; empty lists and nulls do not filter; {@code timeIdentifiers} keeps the figures whose CSV rows have
     * one of them (decision 47); {@code changedSince} keeps only what changed after it. */
    record Query(List<String> indicators, List<String> areas, String period, LocalDate fromEnd, LocalDate toEnd,
            ValueStatus status, List<String> timeIdentifiers, OffsetDateTime changedSince, KpiCursor after, KpiCursor before, int pageSize) {
    }

    private final PlainSql sql;

    KpiReads(PlainSql sql) {
        this.sql = sql;
    }

    /**
     * The page's rows in the feed's order, and one more when there are more beyond it: after {@code after}, or (read
     * backwards, nearest first) before {@code before}.
     */
    List<KpiRow> page(Query query, Audience audience) {
        return sql.list(PAGE.formatted(query.before() != null ? "desc" : "asc"), parameters -> {
            // Each filter's value is bound twice: once to test whether it is given, once to filter by it.
            parameters.texts(query.indicators()).texts(query.indicators()).texts(query.areas()).texts(query.areas())
                    .text(query.period()).text(query.period())
                    .date(query.fromEnd()).date(query.fromEnd()).date(query.toEnd()).date(query.toEnd())
                    .wire(query.status()).wire(query.status())
                    .texts(query.timeIdentifiers()).texts(query.timeIdentifiers())
                    .timestamp(query.changedSince()).timestamp(query.changedSince())
                    .timestamp(query.changedSince()).timestamp(query.changedSince());
            for (KpiCursor cursor : new KpiCursor[] {query.after(), query.before()}) {
                parameters.text(cursor == null ? null : cursor.indicator())
                        .text(cursor == null ? null : cursor.indicator())
                        .text(cursor == null ? null : cursor.area())
                        .text(cursor == null ? null : cursor.period());
            }
            audience.bind(parameters).integer(query.pageSize() + 1);
        }, KpiReads::read);
    }

    /** The figures withdrawn from the audience after {@code query.changedSince()}, in the feed's order. */
    List<KpiRow.Withdrawn> withdrawn(Query query, Audience audience) {
        return sql.list(WITHDRAWN, parameters -> {
            parameters.timestamp(query.changedSince())
                    .texts(query.indicators()).texts(query.indicators()).texts(query.areas()).texts(query.areas())
                    .text(query.period()).text(query.period())
                    .date(query.fromEnd()).date(query.fromEnd()).date(query.toEnd()).date(query.toEnd())
                    .texts(query.timeIdentifiers()).texts(query.timeIdentifiers());
            audience.bind(parameters).wire(query.status()).wire(query.status());
            audience.bind(parameters);
        }, row -> new KpiRow.Withdrawn(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getObject(5, OffsetDateTime.class)));
    }

    private static KpiRow read(ResultSet result) throws SQLException {
        Unit unit = WireValue.stored(Unit.class, result.getString(2));
        Measure measure = new Measure(unit, WireValue.stored(Polarity.class, result.getString(4)), result.getInt(3));
        StatisticalSymbol symbol = WireValue.stored(StatisticalSymbol.class, result.getString(9));
        Reading reading = new Reading(result.getBigDecimal(8), symbol);
        TargetFacts target = null;
        if (result.getObject(15) != null) {
            target = result.getBoolean(15) ? TargetFacts.pending(result.getString(16))
                    : TargetFacts.of(result.getBigDecimal(13), result.getBigDecimal(14));
        }
        BigDecimal numerator = result.getBigDecimal(10);
        BigDecimal denominator = result.getBigDecimal(11);
        return new KpiRow(result.getString(1), unit, result.getString(5), result.getString(6),
                result.getString(7), Decimals.plain(reading.value()), symbol, Decimals.plain(numerator),
                Decimals.plain(denominator),
                WireValue.stored(ValueStatus.class, result.getString(12)),
                target == null ? null : Decimals.plain(target.value()),
                target == null ? null : RagRule.assess(measure, reading, target).rag(), result.getString(17),
                QualityFlag.of(unit, measure.decimals(), reading.value(), numerator, denominator));
    }
}
