package org.promise.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.promise.common.error.ApiException;
import org.promise.common.security.Caller;
import org.promise.common.security.Role;
import org.promise.common.sql.PlainSql;
import org.promise.common.sync.SyncCursor;
import org.promise.common.sync.SyncPage;
import org.promise.common.time.Clocks;

/**
 * The reports list and search in one statement (decision 34): who may read what, every filter, the ranking and the
 * page are all decided in the database, so that a report the caller may not read is never counted, ranked or
 * matched. A snippet is marked with private-use characters that no stored text holds (they are taken out of the
 * text first), which {@link Snippets} turns into {@code <mark>} after escaping everything else.
 */
@ApplicationScoped
public class ReportSearch {

    /** What a list asks for; null (or empty) where it does not filter. */
    public record Filter(String authority, String q, List<ReportType> types, ReportStatus status, String period,
            Long meeting, Visibility visibility, int limit, String after) {
    }

    /** One report of the page: its id, and with a search its rank and marked snippet. */
    record Hit(long id, float rank, String snippet) {
    }

    private static final String NEWEST = "newest";
    /** Between a cursor's rank (or "newest") and the fingerprint of the list it was given for. */
    private static final String FOR = "~";
    /** A rank as Float.toString writes it (never NaN, Infinity or an exponent beyond a float's range). */
    private static final Pattern RANK = Pattern.compile("[0-9]+\\.[0-9]+(E-?[0-9]+)?");

    /** A held meeting's agenda item the caller may see, with a paper that is report r (aliases p, i, m; viewer v). */
    static final String PRESENTED = """
            exists (select 1 from agenda_paper p join agenda_item i on i.id = p.agenda_item_id
                    join meeting m on m.id = i.meeting_id
                    where p.report_id = r.id and m.status <> 'cancelled' and m.meeting_date <= v.today
                      and (not i.exempt or v.admin or m.authority_code = any (v.mine)))""";

    /** Every string a report's sections hold but the blocks' kinds: what a snippet may quote. */
    private static final String SECTION_TEXT = """
            (select string_agg(t, ' ') from (
                 select x #>> '{}' as t from jsonb_path_query(r.sections,
                     'strict $.** ? (@.type() == "object").keyvalue() ? (@.key != "kind" && @.value.type() == "string").value') x
                 union all
                 select x #>> '{}' from jsonb_path_query(r.sections,
                     'strict $.** ? (@.type() == "array")[*] ? (@.type() == "string")') x) texts)""";

    private final PlainSql sql;
    private final Caller caller;
    private final Clock clock;

    public ReportSearch(PlainSql sql, Caller caller, Clock clock) {
        this.sql = sql;
        this.caller = caller;
        this.clock = clock;
    }

    SyncPage<Hit> page(Filter filter) {
        boolean search = filter.q() != null;
        SyncCursor after = SyncCursor.decode(filter.after());
        String asked = fingerprint(filter);
        Float afterRank = after == null ? null : rankOf(after, search, asked);
        String statement = """
                with v as (select ?::boolean as admin, ?::varchar[] as mine, ?::date as today,
                                  websearch_to_tsquery('english', coalesce(?, '')) as query)
                select page.id, page.rank, case when ? then ts_headline('english', translate(concat_ws(' ',
                           page.title, page.executive_summary, page.recommendations, page.body, page.section_text),
                           %1$s), v.query, ?) end as snippet
                from (select r.id, r.title, r.executive_summary, r.body, %2$s as section_text,
                             (select string_agg(x, ' ') from jsonb_array_elements_text(r.recommendations) x)
                                 as recommendations,
                             case when ? then ts_rank_cd(r.search_document, v.query) else 0 end as rank
                      from report r cross join v
                      where (v.admin or r.authority_code = any (v.mine)
                             or (r.visibility = 'public' and r.status = 'published'))
                        and (not ? or r.search_document @@ v.query)
                        and (?::text is null or r.authority_code = ?)
                        and (cardinality(?::varchar[]) = 0 or r.type = any (?::varchar[]))
                        and (?::text is null or r.period_covered = ?)
                        and (?::text is null or r.visibility = ?)
                        and (?::text is null
                             or ? = 'draft' and r.status = 'draft'
                             or ? = 'published' and r.status = 'published' and not %3$s
                             or ? = 'presented' and r.status = 'published' and %3$s)
                        and (?::bigint is null or exists (select 1 from agenda_paper p
                             join agenda_item i on i.id = p.agenda_item_id join meeting m on m.id = i.meeting_id
                             where p.report_id = r.id and i.meeting_id = ?
                               and (not i.exempt or v.admin or m.authority_code = any (v.mine))))
                        and (?::real is null or (case when ? then ts_rank_cd(r.search_document, v.query) else 0 end,
                             r.id) < (?::real, ?))
                      order by rank desc, r.id desc limit ?) page cross join v
                order by page.rank desc, page.id desc""".formatted(Snippets.FROM + ", " + Snippets.TO, SECTION_TEXT, PRESENTED);
        String status = filter.status() == null ? null : filter.status().wire();
        String visibility = filter.visibility() == null ? null : filter.visibility().wire();
        List<String> types = filter.types() == null ? List.of()
                : filter.types().stream().map(ReportType::wire).toList();
        List<Hit> rows = sql.list(statement, parameters -> parameters
                .flag(caller.hasRole(Role.ADMIN)).texts(caller.insiderAuthorities()).date(Clocks.boardDate(clock))
                .text(filter.q())
                .flag(search).text(Snippets.OPTIONS)
                .flag(search)
                .flag(search)
                .text(filter.authority()).text(filter.authority())
                .texts(types).texts(types)
                .text(filter.period()).text(filter.period())
                .text(visibility).text(visibility)
                .text(status).text(status).text(status).text(status)
                .optionalId(filter.meeting()).optionalId(filter.meeting())
                .text(afterRank == null ? null : afterRank.toString()).flag(search)
                .text(afterRank == null ? null : afterRank.toString()).optionalId(after == null ? null : after.id())
                .integer(filter.limit() + 1),
                row -> new Hit(row.getLong("id"), row.getFloat("rank"), row.getString("snippet")));
        return SyncPage.of(rows, filter.limit(),
                hit -> new SyncCursor((search ? Float.toString(hit.rank()) : NEWEST) + FOR + asked, hit.id()));
    }

    /**
     * The rank a cursor carries, for the list it was given for. A cursor of another ordering (a search's for a list,
     * or back), of other words or filters, or with a rank that is not a finite number is refused.
     */
    private static Float rankOf(SyncCursor after, boolean search, String asked) {
        String key = after.key();
        if (key.endsWith(FOR + asked)) {
            String rank = key.substring(0, key.length() - FOR.length() - asked.length());
            if (!search && NEWEST.equals(rank)) {
                return 0f;
            }
            if (search && RANK.matcher(rank).matches()) {
                float parsed = Float.parseFloat(rank);
                if (Float.isFinite(parsed)) {
                    return parsed;
                }
            }
        }
        throw ApiException.invalid("after", "cursor",
                "after must be the cursor of this list's next page (next, or the Link header), as it was given");
    }

    /** A short digest of what the list asks for but its page: a cursor carries it, so it serves that list only. */
    private static String fingerprint(Filter filter) {
        String asked = String.join("\u001F", String.valueOf(filter.authority()), String.valueOf(filter.q()),
                String.valueOf(filter.types()), String.valueOf(filter.status()), String.valueOf(filter.period()),
                String.valueOf(filter.meeting()), String.valueOf(filter.visibility()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(asked.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
