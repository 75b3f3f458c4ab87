#!/usr/bin/env bash
# `make bench`: measures the scorecard, action plans, the board's meetings, report search, the performance pack's PDF
# and the bulk import on this machine, against PostgreSQL and the API built from this checkout, with a synthetic load
# (scripts/bench-data.sql). Results go to the terminal and to .run/bench/results.md. Tokens are signed here with a key
# made for the run, and the API checks them against it, so the benchmark needs no Keycloak; the token checks
# themselves (signature, issuer, audience, expiry) still run.
set -euo pipefail
LOG_TAG="promise bench"
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ROOT=$PROMISE_ROOT
cd "$ROOT"
OUT="$ROOT/.run/bench"
API_PORT=$PROMISE_BENCH_API_PORT
PG_PORT=$PROMISE_BENCH_PG_PORT
API="http://127.0.0.1:$API_PORT"
DURATION=${BENCH_SECONDS:-20}
CLIENTS=${BENCH_CLIENTS:-8}
mkdir -p "$OUT"

ensure_commands wrk

use_run_signing_key "$OUT/key.pem" promise-bench
export PROMISE_DEMO_DATA=false
# The partner's feed and the public calendar are timed, not their rate limits.
export PROMISE_PARTNER_RATE_LIMIT=100000000
export PROMISE_PUBLIC_RATE_LIMIT=100000000
trap 'scripts/stack.sh down bench >/dev/null 2>&1 || true' EXIT
scripts/stack.sh api bench

echo "Loading the synthetic data…"
PGPASSWORD=promise psql -q -h 127.0.0.1 -p "$PG_PORT" -U promise -d promise_bench -v ON_ERROR_STOP=1 -f scripts/bench-data.sql
counts=$(PGPASSWORD=promise psql -At -h 127.0.0.1 -p "$PG_PORT" -U promise -d promise_bench -c \
  "select (select count(*) from indicator_value) || ' values, ' || (select count(*) from target) || ' targets, ' || (select count(*) from area where kind = 'local-authority') || ' authorities, ' || (select count(*) from indicator) || ' indicators'")
echo "Loaded: $counts"

READER=$(signed_token analyst E19000001)
ALL_AREAS=$(seq -f 'E19%06g' 1 153 | paste -sd, - | sed 's/,/","/g')
BENCH_OFFICER_ALL=$(signed_token officer "$ALL_AREAS")
export BENCH_READER=$READER BENCH_OFFICER_ALL
ADMIN=$(signed_token admin E19000001)
cat > "$OUT/scorecard.lua" <<'LUA'
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", string.format("/api/v1/scorecard?area=E19%06d&period=2022-23", (i % 153) + 1))
end
LUA
cat > "$OUT/scorecard-cold.lua" <<'LUA'
-- Every request asks for a whole scorecard nobody asked for before, so none is cached: 153 authorities x 12 years,
-- each for two readers (one who acts for the authority and sees its provisional figures, one who does not).
local readers = {"Bearer " .. os.getenv("BENCH_READER"), "Bearer " .. os.getenv("BENCH_OFFICER_ALL")}
local i = 0
request = function()
  local area = (i % 153) + 1
  local year = 2013 + math.floor(i / 153) % 12
  local reader = readers[(math.floor(i / 1836) % 2) + 1]
  i = i + 1
  return wrk.format("GET", string.format("/api/v1/scorecard?area=E19%06d&period=%d-%02d", area, year, (year + 1) % 100),
    {["Authorization"] = reader})
end
LUA
# E19000002: the first bench authority's scorecard has 20 more rows (its pack's, below).
curl -fsS -o /dev/null -H "Authorization: Bearer $READER" "$API/api/v1/scorecard?area=E19000002&period=2022-23"
rows=$(curl -fsS -H "Authorization: Bearer $READER" "$API/api/v1/scorecard?area=E19000002&period=2022-23" | grep -o '"indicator":' | wc -l)
echo "One scorecard has $rows rows. Warming up…"
# Warm the JIT on one-priority scorecards: the same code, but other cache entries than the whole scorecards timed.
sed 's|&period=%d-%02d"|\&period=%d-%02d\&priority=leadership"|' "$OUT/scorecard-cold.lua" > "$OUT/warm-up.lua"
wrk -t2 -c"$CLIENTS" -d12s -s "$OUT/warm-up.lua" -H "Authorization: Bearer $READER" "$API" >/dev/null
wrk -t2 -c"$CLIENTS" -d5s -H "Authorization: Bearer $READER" "$API/api/v1/me" >/dev/null

# Only 3,672 scorecards exist that nobody has asked for yet, so this run is short; it must stay under that count.
echo "Scorecard, every request one never asked before (nothing cached), $CLIENTS clients, 6s:"
wrk -t1 -c"$CLIENTS" -d6s --latency -s "$OUT/scorecard-cold.lua" -H "Authorization: Bearer $READER" "$API" | tee "$OUT/scorecard-cold.txt"
cold_requests=$(awk '/requests in/ {print $1}' "$OUT/scorecard-cold.txt")
[ "$cold_requests" -lt 3672 ] || echo "warning: $cold_requests requests: some scorecards were asked twice and came from the cache"
echo "Scorecard, the 153 authorities' 2022-23 scorecards in turn (as board members read them), $CLIENTS clients, ${DURATION}s:"
wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --latency -s "$OUT/scorecard.lua" -H "Authorization: Bearer $READER" "$API" | tee "$OUT/scorecard.txt"
echo "Trivial endpoint (/api/v1/me: the same token checks, one small query), same clients:"
wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --latency -H "Authorization: Bearer $READER" "$API/api/v1/me" | tee "$OUT/me.txt"

PLANS=$(PGPASSWORD=promise psql -At -h 127.0.0.1 -p "$PG_PORT" -U promise -d promise_bench -c "select min(id) || ' ' || max(id) from action_plan")
ITEMS=$(PGPASSWORD=promise psql -At -h 127.0.0.1 -p "$PG_PORT" -U promise -d promise_bench -c "select min(id) || ' ' || max(id) from action_item")
# A wrk script asking for a path that ends with each of the values in turn: file, the path before the value, values.
values_in_turn() {
  local file=$1 prefix=$2
  shift 2
  {
    printf 'local values = {'
    printf '"%s", ' "$@"
    printf '}\n'
    cat <<LUA
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "$prefix" .. values[(i % #values) + 1])
end
LUA
  } > "$file"
}
# A wrk script asking for each id of a range in turn: file, path with one %d, "first last", step (1 in order, a
# large prime to spread the requests over the range).
ids_in_turn() {
  cat > "$1" <<LUA
local first, last = ${3% *}, ${3#* }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", string.format("$2", first + (i * $4) % (last - first + 1)))
end
LUA
}
ids_in_turn "$OUT/plan-items.lua" /api/v1/action-plans/%d/items "$PLANS" 1
ids_in_turn "$OUT/item.lua" /api/v1/action-items/%d "$ITEMS" 7919
wrk -t2 -c"$CLIENTS" -d5s -s "$OUT/plan-items.lua" -H "Authorization: Bearer $READER" "$API" >/dev/null
wrk -t2 -c"$CLIENTS" -d5s -s "$OUT/item.lua" -H "Authorization: Bearer $READER" "$API" >/dev/null
echo "Action plan items (20 items, each with its latest update), the $(( ${PLANS#* } - ${PLANS% *} + 1 )) plans in turn, $CLIENTS clients, ${DURATION}s:"
wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --latency -s "$OUT/plan-items.lua" -H "Authorization: Bearer $READER" "$API" | tee "$OUT/plan-items.txt"
echo "Action item page (history and linked indicators' RAG), items spread over every authority, $CLIENTS clients, ${DURATION}s:"
wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --latency -s "$OUT/item.lua" -H "Authorization: Bearer $READER" "$API" | tee "$OUT/item.txt"

PARTNER=$(signed_token partner E19000001)
# Pages spread over the whole feed: one starting in each indicator's rows (the cursor is the row before it), so that
# pages deep in the feed are timed as well as the first.
# shellcheck disable=SC2046 # one cursor a word
values_in_turn "$OUT/kpis.lua" "/api/v1/kpis?pageSize=1000&after=" $(for i in $(seq 1 60); do
  printf 'BENCH_%03d|E19000076|2018-19' "$i" | openssl base64 -A | tr '+/' '-_' | tr -d '='; printf ' '; done)
curl -fsS -o /dev/null -H "Authorization: Bearer $PARTNER" "$API/api/v1/kpis?pageSize=1000"
wrk -t2 -c"$CLIENTS" -d5s -s "$OUT/kpis.lua" -H "Authorization: Bearer $PARTNER" "$API" >/dev/null
echo "KPI feed, pages of 1,000 rows (suppression over each page's areas and periods), $CLIENTS clients, ${DURATION}s:"
wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --latency -s "$OUT/kpis.lua" -H "Authorization: Bearer $PARTNER" "$API" | tee "$OUT/kpis.txt"

# The board's business (issue 11): one authority's ten years of meetings, read as the public and its board do.
BOARD_AUTHORITY=E19000001
MEETINGS=$(PGPASSWORD=promise psql -At -h 127.0.0.1 -p "$PG_PORT" -U promise -d promise_bench -c \
  "select min(id) || ' ' || max(id) from meeting where authority_code = '$BOARD_AUTHORITY'")
meeting_counts=$(PGPASSWORD=promise psql -At -h 127.0.0.1 -p "$PG_PORT" -U promise -d promise_bench -c \
  "select count(distinct m.id) || ' meetings of $BOARD_AUTHORITY over ' || count(distinct extract(year from m.meeting_date)) || ' years, ' || count(i.id) || ' agenda items' from meeting m left join agenda_item i on i.meeting_id = m.id where m.authority_code = '$BOARD_AUTHORITY'")
ids_in_turn "$OUT/meeting.lua" /api/v1/meetings/%d "$MEETINGS" 1
ids_in_turn "$OUT/minutes.lua" /api/v1/meetings/%d/minutes "$MEETINGS" 1
cat > "$OUT/meetings-year.lua" <<LUA
local i = 0
request = function()
  local year = 2015 + i % 10
  i = i + 1
  return wrk.format("GET", string.format("/api/v1/meetings?authority=$BOARD_AUTHORITY&from=%d-01-01&to=%d-12-31", year, year))
end
LUA
CALENDAR="$API/api/v1/meetings/calendar.ics?authority=$BOARD_AUTHORITY"
agenda_items=$(curl -fsS -H "Authorization: Bearer $READER" "$API/api/v1/meetings/${MEETINGS% *}" | grep -o '"exempt":' | wc -l)
echo "Loaded: $meeting_counts; one meeting has $agenda_items agenda items. Warming up…"
for script in meeting meetings-year minutes; do
  wrk -t2 -c"$CLIENTS" -d5s -s "$OUT/$script.lua" -H "Authorization: Bearer $READER" "$API" >/dev/null
done
wrk -t2 -c"$CLIENTS" -d5s "$CALENDAR" >/dev/null
echo "Meeting page (15 agenda items, attendance, quorum), the $(( ${MEETINGS#* } - ${MEETINGS% *} + 1 )) meetings in turn, $CLIENTS clients, ${DURATION}s:"
wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --latency -s "$OUT/meeting.lua" -H "Authorization: Bearer $READER" "$API" | tee "$OUT/meeting.txt"
echo "A year's meetings of the authority, the ten years in turn, $CLIENTS clients, ${DURATION}s:"
wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --latency -s "$OUT/meetings-year.lua" -H "Authorization: Bearer $READER" "$API" | tee "$OUT/meetings-year.txt"
echo "A meeting's approved minutes (15 items, the 14 public ones with their minute and resolution), the meetings in turn, $CLIENTS clients, ${DURATION}s:"
wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --latency -s "$OUT/minutes.lua" -H "Authorization: Bearer $READER" "$API" | tee "$OUT/minutes.txt"
echo "Calendar feed of the authority's 80 meetings, without a token as subscribers read it, $CLIENTS clients, ${DURATION}s:"
wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --latency "$CALENDAR" | tee "$OUT/calendar.txt"

# Reports and performance packs (issue 12). The pack: the first bench authority's for 2022-23 (60 indicators with
# targets, comparators and trends, its overdue actions and its young people's asks), drafted by the API as an officer
# would, then rendered to PDF: the first render on its own (fonts and templates loaded, nothing compiled yet), then
# one client rendering it over and over (a board member downloading it) for a minute, beside the same page as HTML
# (what the PDF engine adds) and the trivial endpoint, each for one client. A render may take seconds: wrk waits
# two minutes for an answer rather than its default two seconds.
PACK_OFFICER=$(signed_token officer E19000001)
pack_id=$(curl -fsS -D - -o /dev/null -H "Authorization: Bearer $PACK_OFFICER" -H 'Content-Type: application/json' \
  --data '{"authority":"E19000001","period":"2022-23"}' "$API/api/v1/performance-packs" \
  | tr -d '\r' | awk 'tolower($1) == "location:" {n = split($2, path, "/"); print path[n]}')
PACK_PDF="$API/api/v1/performance-packs/$pack_id/render?format=pdf"
PACK_HTML="$API/api/v1/performance-packs/$pack_id/render?format=html"
pack_indicators=$(curl -fsS -H "Authorization: Bearer $PACK_OFFICER" "$API/api/v1/performance-packs/$pack_id" | grep -o '"ragReason":' | wc -l)
pack_cold=$(curl -fsS -o "$OUT/pack.pdf" -w '%{time_total}' -H "Authorization: Bearer $PACK_OFFICER" "$PACK_PDF")
echo "Performance pack $pack_id: $pack_indicators indicators; first PDF render ${pack_cold}s ($(du -h "$OUT/pack.pdf" | cut -f1)). Warming up…"
# wrk prints no 95th percentile: this prints it, in milliseconds, on a line of its own.
cat > "$OUT/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("percentiles-ms %.1f %.1f\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
LUA
wrk -t1 -c1 -d20s --timeout 120s -H "Authorization: Bearer $PACK_OFFICER" "$PACK_PDF" >/dev/null
wrk -t1 -c1 -d5s --timeout 120s -H "Authorization: Bearer $PACK_OFFICER" "$PACK_HTML" >/dev/null
echo "Performance pack PDF, warm, 1 client, 60s:"
wrk -t1 -c1 -d60s --timeout 120s --latency -s "$OUT/p95.lua" -H "Authorization: Bearer $PACK_OFFICER" "$PACK_PDF" | tee "$OUT/pack-pdf.txt"
echo "The same pack as HTML, warm, 1 client, ${DURATION}s:"
wrk -t1 -c1 -d"${DURATION}s" --timeout 120s --latency -s "$OUT/p95.lua" -H "Authorization: Bearer $PACK_OFFICER" "$PACK_HTML" | tee "$OUT/pack-html.txt"
echo "Trivial endpoint, 1 client, ${DURATION}s:"
wrk -t1 -c1 -d"${DURATION}s" --latency -H "Authorization: Bearer $READER" "$API/api/v1/me" | tee "$OUT/me-1.txt"

# Search: the 5,000 reports, a query in turn from five a board member or a member of the public would type (one
# report type's subject, a phrase, words in most reports, words in nearly all), without signing in (public and
# published only) and as an officer of every authority (drafts and exempt reports too).
report_counts=$(PGPASSWORD=promise psql -At -h 127.0.0.1 -p "$PG_PORT" -U promise -d promise_bench -c \
  "select count(*) || ' reports (' || count(*) filter (where visibility = 'public' and status = 'published') || ' public and published), ' || pg_size_pretty(sum(pg_column_size(sections))) || ' of sections' from report")
SEARCHES=(foster%20carers%20recruitment %22health%20assessments%22 care%20leavers%20accommodation
  adoption%20timeliness children%20in%20care)
values_in_turn "$OUT/search.lua" "/api/v1/reports?q=" "${SEARCHES[@]}"
matches=$(for q in "${SEARCHES[@]}"; do
  curl -fsS "$API/api/v1/reports?q=$q&limit=500" | grep -o '"snippet":' | wc -l; done | paste -sd/ -)
echo "Loaded: $report_counts; the five queries find $matches public reports (up to 500 each). Warming up…"
# A search can take over a second under load: wrk waits 30 seconds for it, so a slow answer is timed, not dropped.
wrk -t2 -c"$CLIENTS" -d5s --timeout 30s -s "$OUT/search.lua" "$API" >/dev/null
wrk -t2 -c"$CLIENTS" -d5s --timeout 30s -s "$OUT/search.lua" -H "Authorization: Bearer $BENCH_OFFICER_ALL" "$API" >/dev/null
echo "Report search without signing in, the five queries in turn (50 a page, ranked, with snippets), $CLIENTS clients, ${DURATION}s:"
wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --timeout 30s --latency -s "$OUT/search.lua" "$API" | tee "$OUT/search.txt"
echo "Report search as an officer of every authority, the same queries, $CLIENTS clients, ${DURATION}s:"
wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --timeout 30s --latency -s "$OUT/search.lua" -H "Authorization: Bearer $BENCH_OFFICER_ALL" "$API" \
  | tee "$OUT/search-officer.txt"

# New values of years before the synthetic load's (1996-97 to 2012-13): every row new, and every year ended
# (decision 25 refuses a value of a period that has not ended).
echo "Writing a 100,000-row CSV…"
{
  echo "time_period,time_identifier,geographic_level,new_la_code,la_name,indicator,value,numerator,denominator,status"
  awk 'BEGIN {
    n = 0
    for (y = 1996; n < 100000; y++)
      for (a = 1; a <= 153 && n < 100000; a++)
        for (i = 1; i <= 40 && n < 100000; i++) {
          printf "%d%02d,Financial year,Local authority,E19%06d,Bench authority %d,BENCH_%03d,%d,,,final\n", y, (y + 1) % 100, a, a, i, (a * i + y) % 100
          n++
        }
  }'
} > "$OUT/import.csv"
import_once() {
  curl -sS -o "$OUT/import-$1.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $ADMIN" \
    -H 'Content-Type: text/csv' --data-binary @"$OUT/import.csv" "$API/api/v1/imports/values"
}
first=$(import_once first)
second=$(import_once second)
# An import refused is not an import timed: the table says so, and the run fails once the table is written.
import_result() { if [ "${1% *}" = 200 ]; then echo "${1#* } s"; else echo "not timed: answered HTTP ${1% *} after ${1#* } s"; fi; }
echo "Import of $(($(wc -l < "$OUT/import.csv") - 1)) rows ($(du -h "$OUT/import.csv" | cut -f1)): HTTP ${first% *} in ${first#* }s: $(cat "$OUT/import-first.json")"
echo "The same file again:           HTTP ${second% *} in ${second#* }s: $(cat "$OUT/import-second.json")"

p() { awk -v q="$2" '$1 == q {print $2}' "$1"; }
# A run that got errors (answers not 2xx, or none in time) measured the errors: say so rather than report their speed.
if grep -lE "Non-2xx|Socket errors" "$OUT"/*.txt >/dev/null 2>&1; then
  echo "error: some answers were not 2xx or did not come, so their times are not the API's: $(grep -lE "Non-2xx|Socket errors" "$OUT"/*.txt | xargs -n1 basename | tr '\n' ' ')" >&2
  exit 1
fi
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
# A measure's throughput as a share of the trivial endpoint's (for the same clients: me.txt unless another is named).
to_trivial() { awk -v a="$(rps "$1")" -v b="$(rps "${2:-$OUT/me.txt}")" 'BEGIN { printf "%.2f", a / b }'; }
percentiles() { awk '$1 == "percentiles-ms" {print $2 " / " $3}' "$1"; }
ratio=$(to_trivial "$OUT/scorecard.txt")
cold_ratio=$(to_trivial "$OUT/scorecard-cold.txt")
cat > "$OUT/results.md" <<MD
| measure | result |
|---|---|
| data | $counts |
| scorecard rows | $rows |
| scorecard, none cached: p50 / p90 / p99 ($CLIENTS clients) | $(p "$OUT/scorecard-cold.txt" 50%) / $(p "$OUT/scorecard-cold.txt" 90%) / $(p "$OUT/scorecard-cold.txt" 99%) |
| scorecard, none cached: throughput | $(rps "$OUT/scorecard-cold.txt") requests/s |
| scorecard, 153 current ones in turn: p50 / p90 / p99 ($CLIENTS clients) | $(p "$OUT/scorecard.txt" 50%) / $(p "$OUT/scorecard.txt" 90%) / $(p "$OUT/scorecard.txt" 99%) |
| scorecard, 153 current ones in turn: throughput | $(rps "$OUT/scorecard.txt") requests/s |
| /api/v1/me p50 / p99 | $(p "$OUT/me.txt" 50%) / $(p "$OUT/me.txt" 99%) |
| /api/v1/me throughput | $(rps "$OUT/me.txt") requests/s |
| scorecard throughput / trivial throughput | $ratio (none cached: $cold_ratio) |
| action plan items, every plan in turn: p50 / p90 / p99 | $(p "$OUT/plan-items.txt" 50%) / $(p "$OUT/plan-items.txt" 90%) / $(p "$OUT/plan-items.txt" 99%) |
| action plan items throughput | $(rps "$OUT/plan-items.txt") requests/s |
| action item page: p50 / p90 / p99 | $(p "$OUT/item.txt" 50%) / $(p "$OUT/item.txt" 90%) / $(p "$OUT/item.txt" 99%) |
| action item page throughput | $(rps "$OUT/item.txt") requests/s |
| KPI feed, pages of 1,000 rows: p50 / p90 / p99 | $(p "$OUT/kpis.txt" 50%) / $(p "$OUT/kpis.txt" 90%) / $(p "$OUT/kpis.txt" 99%) |
| KPI feed throughput | $(rps "$OUT/kpis.txt") pages/s |
| import of 100,000 rows (new) | $(import_result "$first") |
| import of the same 100,000 rows again (unchanged) | $(import_result "$second") |
| board's business data | $meeting_counts |
| meeting page, 15 agenda items: p50 / p90 / p99 | $(p "$OUT/meeting.txt" 50%) / $(p "$OUT/meeting.txt" 90%) / $(p "$OUT/meeting.txt" 99%) |
| meeting page throughput / trivial throughput | $(rps "$OUT/meeting.txt") requests/s; $(to_trivial "$OUT/meeting.txt") |
| a year's meetings: p50 / p90 / p99 | $(p "$OUT/meetings-year.txt" 50%) / $(p "$OUT/meetings-year.txt" 90%) / $(p "$OUT/meetings-year.txt" 99%) |
| a year's meetings throughput / trivial throughput | $(rps "$OUT/meetings-year.txt") requests/s; $(to_trivial "$OUT/meetings-year.txt") |
| a meeting's minutes: p50 / p90 / p99 | $(p "$OUT/minutes.txt" 50%) / $(p "$OUT/minutes.txt" 90%) / $(p "$OUT/minutes.txt" 99%) |
| a meeting's minutes throughput / trivial throughput | $(rps "$OUT/minutes.txt") requests/s; $(to_trivial "$OUT/minutes.txt") |
| calendar feed, 80 meetings: p50 / p90 / p99 | $(p "$OUT/calendar.txt" 50%) / $(p "$OUT/calendar.txt" 90%) / $(p "$OUT/calendar.txt" 99%) |
| calendar feed throughput / trivial throughput | $(rps "$OUT/calendar.txt") requests/s; $(to_trivial "$OUT/calendar.txt") |
| performance pack, $pack_indicators indicators: first PDF render (cold) | ${pack_cold} s |
| performance pack PDF, warm, 1 client: p50 / p95 (ms) | $(percentiles "$OUT/pack-pdf.txt") |
| performance pack PDF throughput / trivial throughput, 1 client each | $(rps "$OUT/pack-pdf.txt") requests/s; $(to_trivial "$OUT/pack-pdf.txt" "$OUT/me-1.txt") |
| the same pack as HTML, warm, 1 client: p50 / p95 (ms) | $(percentiles "$OUT/pack-html.txt") |
| reports | $report_counts |
| report search, anonymous: p50 / p90 / p99 | $(p "$OUT/search.txt" 50%) / $(p "$OUT/search.txt" 90%) / $(p "$OUT/search.txt" 99%) |
| report search, anonymous: throughput / trivial throughput | $(rps "$OUT/search.txt") requests/s; $(to_trivial "$OUT/search.txt") |
| report search, officer of every authority: p50 / p90 / p99 | $(p "$OUT/search-officer.txt" 50%) / $(p "$OUT/search-officer.txt" 90%) / $(p "$OUT/search-officer.txt" 99%) |
| report search, officer: throughput / trivial throughput | $(rps "$OUT/search-officer.txt") requests/s; $(to_trivial "$OUT/search-officer.txt") |
MD
echo; cat "$OUT/results.md"
for answer in "$first" "$second"; do
  [ "${answer% *}" = 200 ] || die "the import was answered HTTP ${answer% *}, so it was not timed: $(head -c 600 "$OUT/import-first.json")"
done
