#!/usr/bin/env bash
# `make bench`: measures the scorecard, action plans, the board's meetings, report search, the performance pack's PDF
# and the bulk import on this machine, against PostgreSQL and the API built from this checkout, with a synthetic load
# (scripts/bench-data.sql). Results go to the terminal and to .run/bench/results.md. Tokens are signed here with a key
# made for the run, and the API checks them against it, so the benchmark needs no Keycloak; the token checks
# themselves (signature, issuer, audience, expiry) still run.
# Beside the API's figures it measures the same work done by PostgreSQL alone, in the same run at the same
# concurrency (decision 50): pgbench replays the statements the API sent for the KPI feed's pages and for reading
# authorities' figures into memory (captured from PostgreSQL's log, with their values), and COPY loads the import's CSV. The ratios go with
# every measure's latencies and throughput to .run/bench/results.json. BENCH_SOAK_SECONDS (300 unless given; 0 skips
# it) runs a soak at the same clients with the heap after a full GC sampled every 30 s; the API's start to ready
# is timed last, and one more start is profiled (scripts/profile-start.sh).
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
SOAK_SECONDS=${BENCH_SOAK_SECONDS:-300}
mkdir -p "$OUT"
rm -f "$OUT"/*.txt "$OUT"/pg-*

ensure_commands wrk jq

use_run_signing_key "$OUT/key.pem" promise-bench
export PROMISE_DEMO_DATA=false
# The partner's feed and the public calendar are timed, not their rate limits.
export PROMISE_PARTNER_RATE_LIMIT=100000000
export PROMISE_PUBLIC_RATE_LIMIT=100000000
trap 'scripts/stack.sh down bench >/dev/null 2>&1 || true' EXIT
# A bench killed before its trap ran leaves its PostgreSQL running with the synthetic data in it; stopped first, the
# cluster starts fresh (stack.sh), and the data loads into an empty database.
scripts/stack.sh down bench >/dev/null 2>&1 || true
scripts/stack.sh api bench

echo "Loading the synthetic data…"
PGPASSWORD=promise psql -q -h 127.0.0.1 -p "$PG_PORT" -U promise -d promise_bench -v ON_ERROR_STOP=1 -f scripts/bench-data.sql
counts=$(PGPASSWORD=promise psql -At -h 127.0.0.1 -p "$PG_PORT" -U promise -d promise_bench -c \
  "select (select count(*) from indicator_value) || ' values, ' || (select count(*) from target) || ' targets, ' || (select count(*) from area where kind = 'local-authority') || ' authorities, ' || (select count(*) from indicator) || ' indicators'")
echo "Loaded: $counts"
PG_BIN=$(pg_bin_dir)
api_pid() { cat "$ROOT/.run/bench/pids/backend.pid"; }
# Clock ticks of processor time the API's JIT compiler threads have used so far.
jit_ticks() {
  local task total=0
  for task in /proc/"$(api_pid)"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in
      C1\ Compiler* | C2\ Compiler*) total=$((total + $(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "$task/stat"))) ;;
    esac
  done
  echo "$total"
}
# One client asking with these wrk arguments in rounds of 5 s, until the JIT's compiler threads use under 0.05 s of
# processor time in one (at most 12 rounds).
warm_until_compiled() {
  local round compiled
  for round in $(seq 1 12); do
    compiled=$(jit_ticks)
    wrk -t1 -c1 -d5s "$@" >/dev/null
    compiled=$(($(jit_ticks) - compiled))
    [ "$compiled" -ge $(($(getconf CLK_TCK) / 20)) ] || break
  done
  echo "Warmed up for $round rounds of 5 s; the JIT's compilers used $compiled ticks of processor time in the last."
}
PG_LOG="$ROOT/.run/bench/logs/postgres.log"
# "p50 / p99 ms" from a file of scripts/latency-percentiles.sh's figures.
p50_and_p99() { awk '{print $1 " / " $3 " ms"}' "$1"; }

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
BENCH_ADMIN=$ADMIN
BENCH_PARTNER_ALL=$(signed_token partner "$ALL_AREAS")
export BENCH_ADMIN BENCH_PARTNER_ALL
COLD_CARDS=$((153 * 12 * 4))
cat > "$OUT/scorecard-cold.lua" <<'LUA'
-- Every request asks for a whole scorecard nobody asked for before, so none is cached: 153 authorities x 12 years,
-- each for four readers who see different cards (an analyst, who sees published figures; an officer of every
-- authority, who sees provisional figures and true small numbers; an administrator, who also sees the comparators'
-- small numbers; a partner system of every authority, which sees internal-only figures but no small numbers).
local readers = {"Bearer " .. os.getenv("BENCH_READER"), "Bearer " .. os.getenv("BENCH_OFFICER_ALL"),
  "Bearer " .. os.getenv("BENCH_ADMIN"), "Bearer " .. os.getenv("BENCH_PARTNER_ALL")}
local i = 0
request = function()
  local area = (i % 153) + 1
  local year = 2013 + math.floor(i / 153) % 12
  local reader = readers[(math.floor(i / 1836) % 4) + 1]
  i = i + 1
  return wrk.format("GET", string.format("/api/v1/scorecard?area=E19%06d&period=%d-%02d", area, year, (year + 1) % 100),
    {["Authorization"] = reader})
end
LUA
# The timed run asks for each of those cards once and stops (one more would come from the cache): wrk divides by the
# whole -d, so the run times itself, from its first request to its last answer, and says so after wrk's own figures.
{ cat "$OUT/scorecard-cold.lua"; cat <<LUA
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long seconds; long nanoseconds; } bench_timespec;
int clock_gettime(int clock, bench_timespec *now);
]]
local clock = ffi.new("bench_timespec")
local function now() ffi.C.clock_gettime(1, clock); return tonumber(clock.seconds) + tonumber(clock.nanoseconds) / 1e9 end
local threads = {}
setup = function(thread) table.insert(threads, thread) end
answered = 0
local asked = request
request = function() if not first then first = now() end return asked() end
response = function()
  answered = answered + 1
  last = now()
  if answered >= $COLD_CARDS then wrk.thread:stop() end
end
done = function()
  local t = threads[1]
  local seconds = t:get("last") - t:get("first")
  print(string.format("Requests/sec: %.2f (every card once: %d answers in %.3f s)", t:get("answered") / seconds, t:get("answered"), seconds))
end
LUA
} > "$OUT/scorecard-cold-once.lua"
PARTNER=$(signed_token partner E19000001)
# Pages spread over the whole feed: one starting in each indicator's rows (the cursor is the row before it), so that
# pages deep in the feed are timed as well as the first.
KPI_CURSORS=()
for i in $(seq 1 60); do KPI_CURSORS+=("$(printf 'BENCH_%03d|E19000076|2018-19' "$i" | b64url)"); done

# The statements behind the timed requests, for pgbench: PostgreSQL logs every statement while the API answers one
# request at a time, and scripts/bench-statements.pl turns each request's reads into a pgbench script.
statements_of() {
  local file=$1 from
  shift
  from=$(stat -L -c %s "$PG_LOG")
  curl -fsS -o /dev/null "$@"
  sleep 0.2
  tail -c +"$((from + 1))" "$PG_LOG" | perl scripts/bench-statements.pl > "$file"
  [ -s "$file" ] || die "no statements were logged for $*"
}
set_statement_log() {
  scripts/stack.sh psql bench -c "alter system set log_statement = '$1'" -c "select pg_reload_conf()" >/dev/null
}
echo "Capturing the statements of 60 KPI pages and of reading 24 authorities' figures…"
set_statement_log all
for i in "${!KPI_CURSORS[@]}"; do
  statements_of "$OUT/pg-kpis-$i.sql" -H "Authorization: Bearer $PARTNER" "$API/api/v1/kpis?pageSize=1000&after=${KPI_CURSORS[$i]}"
done
# A scorecard reads its areas' figures once into memory (ScorecardReads.figures), then is calculated from them: the
# first card of each of 24 authorities, one priority's so that no whole card timed below is in the cache already.
for area in $(seq 5 6 143); do
  statements_of "$OUT/pg-figures-$area.sql" -H "Authorization: Bearer $READER" \
    "$API/api/v1/scorecard?area=$(printf 'E19%06d' "$area")&period=2024-25&priority=leadership"
done
set_statement_log none
# PostgreSQL alone doing what the API asked of it: the captured scripts in turn, the same clients, pgbench's own
# prepared statements (no parsing or planning per request: the ceiling). NAME SECONDS SCRIPT...
ceiling() {
  local name=$1 seconds=$2 script scripts=()
  shift 2
  for script in "$@"; do scripts+=(-f "$script"); done
  PGPASSWORD=promise "$PG_BIN/pgbench" -n -M prepared -c "$CLIENTS" -j 2 -T "$seconds" -h 127.0.0.1 -p "$PG_PORT" \
    -U promise "${scripts[@]}" promise_bench > "$OUT/pg-$name.out" 2>&1 || { cat "$OUT/pg-$name.out" >&2; die "pgbench failed"; }
  echo "PostgreSQL alone, the same statements: $(awk '/^tps = / {print $3}' "$OUT/pg-$name.out") per second; latency $(awk '/^latency average/ {print $4 " " $5}' "$OUT/pg-$name.out")"
}

# E19000002: the first bench authority's scorecard has 20 more rows (its pack's, below).
curl -fsS -o /dev/null -H "Authorization: Bearer $READER" "$API/api/v1/scorecard?area=E19000002&period=2022-23"
rows=$(curl -fsS -H "Authorization: Bearer $READER" "$API/api/v1/scorecard?area=E19000002&period=2022-23" | grep -o '"indicator":' | wc -l)
echo "One scorecard has $rows rows. Warming up…"
# Warm the JIT on the very cards timed below and on those of 2012-13 (read again after the change below), until the
# JIT is done: rounds of 10 s until its compiler threads use under 0.3 s of processor time in one (at most 12). It
# compiles for the branches and types it has seen: a warm-up of other cards (one priority's) left the whole cards'
# branches to recompile the calculation during the timed run, and so did the first year's cards, which have no
# previous year (docs/performance.md); after 40 s of these C2 was still compiling.
# Each round goes on where the last stopped (one client thread, as timed), so that every card is asked as often.
sed -e 's|local year = 2013 + math.floor(i / 153) % 12|local year = 2012 + math.floor(i / 153) % 13|' \
  -e 's|^local i = 0$|local i = tonumber(os.getenv("BENCH_WARM_FROM"))|' "$OUT/scorecard-cold.lua" > "$OUT/warm-up.lua"
grep -q 'BENCH_WARM_FROM' "$OUT/warm-up.lua" || die "the scorecards' warm-up script was not made from scorecard-cold.lua"
# Figures change while scorecards are read (an edit, an import), and each change empties the scorecards and the
# figures kept. A warm-up of reads alone left the first write after it to deoptimise the request path's compiled
# code (about 150 methods at once), which the timed run then spent its first seconds compiling again; so a value is
# written once a second during the warm-up too. England's, of the financial-year indicators (BENCH_001 to 040) before
# 2012: no card timed shows them. N says which one.
england_change() {
  curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d '{"value": 50, "status": "final"}' \
    "$API/api/v1/indicators/$(printf 'BENCH_%03d' $(($1 % 40 + 1)))/values/E92000001/$((2011 - $1 / 40))-$(printf '%02d' $(((2012 - $1 / 40) % 100)))"
}
(n=0; while :; do england_change "$n"; n=$((n + 1)); pause 1; done) &
writer=$!
for round in $(seq 0 11); do
  compiled=$(jit_ticks)
  BENCH_WARM_FROM=$((round * 30000)) wrk -t1 -c"$CLIENTS" -d10s -s "$OUT/warm-up.lua" -H "Authorization: Bearer $READER" "$API" >/dev/null
  compiled=$(($(jit_ticks) - compiled))
  [ "$compiled" -ge $(($(getconf CLK_TCK) * 3 / 10)) ] || break
done
kill "$writer"
wait "$writer" 2>/dev/null || true
echo "Warmed up for $((round + 1)) rounds of 10 s; the JIT's compilers used $compiled ticks of processor time in the last."
# One more change empties every scorecard kept: the cards timed next are calculated again. Their areas' figures are
# read back first, one card of each authority, as the first cards after a change read them.
england_change 500
for area in $(seq -f 'E19%06g' 1 153); do
  curl -fsS -o /dev/null -H "Authorization: Bearer $READER" "$API/api/v1/scorecard?area=$area&period=2012-13"
done
# A full collection first, as JMH does between iterations: the warm-up's garbage is not the timed run's to collect.
jcmd "$(api_pid)" GC.run >/dev/null

echo "Scorecard, every request one never asked before (no card cached: each calculated for its request), $CLIENTS clients, each of the $COLD_CARDS cards once:"
wrk -t1 -c"$CLIENTS" -d30s --latency -s "$OUT/scorecard-cold-once.lua" -H "Authorization: Bearer $READER" "$API" | tee "$OUT/scorecard-cold.txt"
# A connection's answer may arrive while the thread stops, so one more than asked for is counted; fewer is the warning.
awk -v cards="$COLD_CARDS" 'match($0, /every card once: [0-9]+ answers/) { split(substr($0, RSTART, RLENGTH), words, " "); found = words[4] + 0 } END { exit !(found >= cards) }' "$OUT/scorecard-cold.txt" \
  || echo "warning: the uncached scorecards did not all answer within 30 s; the rate is of those that did"
ceiling figures 6 "$OUT"/pg-figures-*.sql
# Warmed up as the public scorecard is, so that the cards timed are in the cache: the cache admits a new card once it
# has been asked for more often than the one it would evict, which the uncached run's cards are not.
wrk -t2 -c"$CLIENTS" -d5s -s "$OUT/scorecard.lua" -H "Authorization: Bearer $READER" "$API" >/dev/null
echo "Scorecard, the 153 authorities' 2022-23 scorecards in turn (as board members read them), $CLIENTS clients, ${DURATION}s:"
wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --latency -s "$OUT/scorecard.lua" -H "Authorization: Bearer $READER" "$API" | tee "$OUT/scorecard.txt"
sed 's|/api/v1/scorecard?|/api/v1/public/scorecard?|' "$OUT/scorecard.lua" > "$OUT/public-scorecard.lua"
wrk -t2 -c"$CLIENTS" -d5s -s "$OUT/public-scorecard.lua" "$API" >/dev/null
echo "Public scorecard, the 153 authorities' 2022-23 scorecards in turn, without a token, $CLIENTS clients, ${DURATION}s:"
# Every public request takes its turn at the one address's rate-limit bucket (a lock and a write in PostgreSQL), so on
# a busy machine a rare answer takes seconds: wrk waits 30 seconds, so that it is timed, not dropped.
wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --timeout 30s --latency -s "$OUT/public-scorecard.lua" "$API" | tee "$OUT/public-scorecard.txt"
wrk -t2 -c"$CLIENTS" -d5s -H "Authorization: Bearer $READER" "$API/api/v1/me" >/dev/null
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

values_in_turn "$OUT/kpis.lua" "/api/v1/kpis?pageSize=1000&after=" "${KPI_CURSORS[@]}"
curl -fsS -o /dev/null -H "Authorization: Bearer $PARTNER" "$API/api/v1/kpis?pageSize=1000"
wrk -t2 -c"$CLIENTS" -d5s -s "$OUT/kpis.lua" -H "Authorization: Bearer $PARTNER" "$API" >/dev/null
echo "KPI feed, pages of 1,000 rows (suppression over each page's areas and periods), $CLIENTS clients, ${DURATION}s:"
wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --latency -s "$OUT/kpis.lua" -H "Authorization: Bearer $PARTNER" "$API" | tee "$OUT/kpis.txt"
ceiling kpis "$DURATION" "$OUT"/pg-kpis-*.sql

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
# Warmed up at one client like every other measure, until the JIT is done with what it does: in the first seconds
# after the renders the p99 at one client was three to four times what it is after (6.8 ms in the first 5 s, then 1.7
# to 2.2 ms; 5 December 2026), and later one compilation of C2's (tens of milliseconds on one of the two processors)
# still made the p99 of the requests answered meanwhile (docs/performance.md).
warm_until_compiled -H "Authorization: Bearer $READER" "$API/api/v1/me"
echo "Trivial endpoint, 1 client, ${DURATION}s:"
compiled=$(jit_ticks)
wrk -t1 -c1 -d"${DURATION}s" --latency -H "Authorization: Bearer $READER" "$API/api/v1/me" | tee "$OUT/me-1.txt"
echo "The JIT's compilers used $(($(jit_ticks) - compiled)) ticks of processor time during it."
# wrk's percentiles are not the answers' own times: for every answer that took at least twice the mean time between
# requests, wrk also counts the answers that a client asking at that steady rate would have waited for meanwhile (its
# correction for coordinated omission, `stats_correct`). At one client asking every half millisecond, a 5-ms stall of
# the machine is then about ten answers, not one (decision 64). The same requests once more, each answer also timed on
# its own (written one a line, in µs, to $BENCH_ANSWERS when wrk is done), so that both views of the one-client spread
# are in the results; the run above stays the measure.
cat > "$OUT/as-answered.lua" <<'LUA'
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long seconds; long nanoseconds; } promise_timespec;
int clock_gettime(int clock, promise_timespec *now);
]]
local CLOCK_MONOTONIC = 1
local clock = ffi.new("promise_timespec")
local function microseconds()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, clock)
  return tonumber(clock.seconds) * 1000000 + tonumber(clock.nanoseconds) / 1000
end
local threads = {}
setup = function(thread) table.insert(threads, thread) end
local sent
-- Answers counted by their time in whole microseconds, read from each thread when the run is done.
answered = {}
request = function()
  sent = microseconds()
  return wrk.format()
end
response = function()
  local took = math.floor(microseconds() - sent)
  answered[took] = (answered[took] or 0) + 1
end
done = function()
  local answers = assert(io.open(os.getenv("BENCH_ANSWERS"), "w"))
  for _, thread in ipairs(threads) do
    for took, n in pairs(thread:get("answered")) do
      for _ = 1, n do answers:write(took, "\n") end
    end
  end
  answers:close()
end
LUA
echo "The same, each answer also timed on its own (as answered, beside wrk's percentiles), 1 client, ${DURATION}s:"
BENCH_ANSWERS="$OUT/me-1-answers.txt" wrk -t1 -c1 -d"${DURATION}s" --latency -s "$OUT/as-answered.lua" \
  -H "Authorization: Bearer $READER" "$API/api/v1/me" | tee "$OUT/me-1-as-answered.txt"
# wrk runs without a script it could not load, so the answers' file is the proof that the script ran.
[ -s "$OUT/me-1-answers.txt" ] || die "as-answered.lua wrote no answers (wrk could not run it)"
scripts/latency-percentiles.sh < "$OUT/me-1-answers.txt" > "$OUT/me-1-as-answered-percentiles.txt"
rm -f "$OUT/me-1-answers.txt"
echo "The same requests as answered: p50 / p99 $(p50_and_p99 "$OUT/me-1-as-answered-percentiles.txt")"
# The machine's own spread, in the same run: PostgreSQL alone answering `select 1` to one client, every transaction's
# latency logged; its p99 over its p50 is what this machine gives the shortest work, beside the API's `me-1`. (With
# several clients a pgbench thread times its clients' transactions from one reading of the clock, and logs most of
# them as taking no time at all, so only one client's spread is measured.)
echo 'select 1;' > "$OUT/pg-select-1.sql"
rm -f "$OUT"/pg-select-floor.log*
(cd "$OUT" && PGPASSWORD=promise "$PG_BIN/pgbench" -n -M prepared -c 1 -j 1 -T "$DURATION" -h 127.0.0.1 -p "$PG_PORT" \
  -U promise -f pg-select-1.sql -l --log-prefix=pg-select-floor.log promise_bench > pg-select-floor.out 2>&1) ||
  { cat "$OUT/pg-select-floor.out" >&2; die "pgbench failed"; }
# Each transaction's latency to a file of its own, and wrk's interval: the run's time, from the first transaction's
# start to the last one's end (each line ends with the second and microsecond at which its transaction ended), over
# the transactions.
floor_every=$(cat "$OUT"/pg-select-floor.log* | awk -v latencies="$OUT/pg-select-floor-latencies.txt" '
  { print $3 > latencies; end = $5 * 1000000 + $6; if (NR == 1) first = end - $3; last = end }
  END { if (NR) printf "%d", (last - first) / NR }')
rm -f "$OUT"/pg-select-floor.log*
[ -n "$floor_every" ] || die "pgbench logged no transaction of select 1"
# Both views, as the API's: as answered, and with wrk's correction at the mean time between transactions.
scripts/latency-percentiles.sh < "$OUT/pg-select-floor-latencies.txt" > "$OUT/pg-select-floor.txt"
scripts/latency-percentiles.sh "$floor_every" < "$OUT/pg-select-floor-latencies.txt" \
  > "$OUT/pg-select-floor-corrected.txt"
rm -f "$OUT/pg-select-floor-latencies.txt"
echo "PostgreSQL alone, select 1, 1 client: p50 / p99 $(p50_and_p99 "$OUT/pg-select-floor.txt") as answered;" \
  "$(p50_and_p99 "$OUT/pg-select-floor-corrected.txt") with wrk's correction"

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
# The same rows loaded by COPY into indicator_value itself, with its keys, indexes, foreign keys and triggers, in a
# transaction rolled back before the import (then vacuumed away): the floor of this table, beside a bare one's below.
awk -F, 'NR > 1 { year = substr($1, 1, 4); printf "%s,%s,%s-%s,%d-03-31,%s,%s,bench\n", $6, $4, year, substr($1, 5, 2), year + 1, $7, $10 }' \
  "$OUT/import.csv" > "$OUT/import-table.csv"
table_copy_ms=$(PGPASSWORD=promise psql -qAt -h 127.0.0.1 -p "$PG_PORT" -U promise -d promise_bench -v ON_ERROR_STOP=1 <<SQL | awk '/^Time:/ {print $2}'
begin;
\timing on
\copy indicator_value (indicator_code, area_code, period_code, period_end, value, status, updated_by) from '$OUT/import-table.csv' with (format csv)
\timing off
rollback;
vacuum indicator_value;
SQL
)
table_copy_seconds=$(awk -v ms="$table_copy_ms" 'BEGIN { printf "%.3f", ms / 1000 }')
echo "COPY of the same rows into indicator_value itself (rolled back): ${table_copy_seconds}s"
first=$(import_once first)
second=$(import_once second)
# An import refused is not an import timed: the table says so, and the run fails once the table is written.
import_result() { if [ "${1% *}" = 200 ]; then echo "${1#* } s"; else echo "not timed: answered HTTP ${1% *} after ${1#* } s"; fi; }
echo "Import of $(($(wc -l < "$OUT/import.csv") - 1)) rows ($(du -h "$OUT/import.csv" | cut -f1)): HTTP ${first% *} in ${first#* }s: $(cat "$OUT/import-first.json")"
echo "The same file again:           HTTP ${second% *} in ${second#* }s: $(cat "$OUT/import-second.json")"
# The same rows loaded by PostgreSQL alone: COPY of the same CSV, sent from here as curl sent it, into a table of its
# columns (logged, as indicator_value is; no indexes or checks: the floor under any import).
copy_ms=$(PGPASSWORD=promise psql -qAt -h 127.0.0.1 -p "$PG_PORT" -U promise -d promise_bench -v ON_ERROR_STOP=1 <<SQL | awk '/^Time:/ {print $2}'
create table bench_copy (time_period text, time_identifier text, geographic_level text, new_la_code text,
  la_name text, indicator text, value text, numerator text, denominator text, status text);
\\timing on
\\copy bench_copy from '$OUT/import.csv' with (format csv, header)
\\timing off
drop table bench_copy;
SQL
)
copy_seconds=$(awk -v ms="$copy_ms" 'BEGIN { printf "%.3f", ms / 1000 }')
echo "COPY of the same rows by PostgreSQL alone: ${copy_seconds}s"

API_MANAGEMENT="http://127.0.0.1:$(api_management_port "$API_PORT")"
# The heap in use just after a full collection (MB): what the API keeps, not what it has yet to collect. A full
# collection leaves every live object in the old generation; the young one fills again at once under load, so only
# the old generation's pool is read.
heap_after_gc() {
  jcmd "$(api_pid)" GC.run >/dev/null
  curl -fsS "$API_MANAGEMENT/q/metrics" \
    | awk '/^jvm_memory_used_bytes\{area="heap",id="[^"]*(Old Gen|Tenured)[^"]*"\}/ {used += $NF} END {printf "%.1f", used / 1048576}'
}
HEAP_SAMPLES=()
HEAP_SAMPLE_SECONDS=30
if [ "$SOAK_SECONDS" -gt 0 ]; then
  # Every read the benchmark times, in turn, each with the token it is timed with.
  cat > "$OUT/soak.lua" <<'LUA'
local reader = {["Authorization"] = "Bearer " .. os.getenv("BENCH_READER")}
local partner = {["Authorization"] = "Bearer " .. os.getenv("BENCH_PARTNER")}
local i = 0
request = function()
  i = i + 1
  local area = string.format("E19%06d", (i % 153) + 1)
  local kind = i % 4
  if kind == 0 then return wrk.format("GET", "/api/v1/scorecard?area=" .. area .. "&period=2022-23", reader) end
  if kind == 1 then return wrk.format("GET", "/api/v1/public/scorecard?area=" .. area .. "&period=2022-23") end
  if kind == 2 then return wrk.format("GET", "/api/v1/kpis?pageSize=1000&area=" .. area, partner) end
  return wrk.format("GET", "/api/v1/meetings/calendar.ics?authority=E19000001")
end
LUA
  echo "Soak: the scorecard, the public scorecard, KPI pages and the calendar in turn, $CLIENTS clients, ${SOAK_SECONDS}s, the heap after a full GC every 30 s:"
  HEAP_SAMPLES+=("$(heap_after_gc)")
  BENCH_PARTNER=$PARTNER wrk -t2 -c"$CLIENTS" -d"${SOAK_SECONDS}s" --timeout 30s --latency -s "$OUT/soak.lua" "$API" > "$OUT/soak.txt" &
  soak=$!
  for _ in $(seq "$HEAP_SAMPLE_SECONDS" "$HEAP_SAMPLE_SECONDS" "$SOAK_SECONDS"); do sleep "$HEAP_SAMPLE_SECONDS"; HEAP_SAMPLES+=("$(heap_after_gc)"); done
  wait "$soak"
  cat "$OUT/soak.txt"
  HEAP_SAMPLES+=("$(heap_after_gc)")
  echo "Heap after GC (MB), every $HEAP_SAMPLE_SECONDS s: ${HEAP_SAMPLES[*]}"
fi

# The API's start to ready: from its JVM's start (the kernel's record of the process) to the readiness check's first
# success, polled every 20 ms without starting a program (http_ok and pause: curl's own start took a quarter of a core
# from the API it timed); the jar is built already, and PostgreSQL is running. One start varied by half a second
# from the next on this machine, so it starts 5 times, and the median (with the CPU time of the same start) is its
# figure; every start's is reported.
START_SAMPLES=()
for _ in 1 2 3 4 5; do
  scripts/stack.sh stop-api bench
  scripts/stack.sh api bench >/dev/null 2>&1 &
  starting=$!
  until http_ok "${API_MANAGEMENT##*:}" /q/health/ready; do pause 0.02; done
  # With the CPU time the JVM had used by then (all its threads): steadier than the elapsed time on a busy machine.
  START_SAMPLES+=("$(age_and_cpu "$(api_pid)")")
  wait "$starting"
done
median_start=$(printf '%s\n' "${START_SAMPLES[@]}" | sort -t/ -k1,1n | sed -n 3p)
start_to_ready=${median_start%/*}
start_cpu=${median_start#*/}
start_jvm="Java $("$(readlink -f "/proc/$(api_pid)/exe")" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.version =/ {print $2}')$(tr '\0' '\n' < "/proc/$(api_pid)/cmdline" | grep -q '^-XX:AOTCache=' && echo ', AOT cache' || echo ', no AOT cache')"
echo "Starts to ready (s, and s of CPU by then): ${START_SAMPLES[*]}"
echo "The API's start to ready, median of 5: ${start_to_ready}s, ${start_cpu}s of CPU ($start_jvm; $(grep -o 'started in [0-9.]*s' "$ROOT/.run/bench/logs/backend.log" | tail -n 1) by Quarkus' own count)"
# One more start, profiled: the steps its main thread's time went to (.run/bench/start-profile.txt). A profile that
# could not be made (the profiler not downloaded) is said, and the measures above are still reported.
scripts/profile-start.sh || echo "warning: the sixth start could not be profiled (scripts/profile-start.sh)" >&2

p() { awk -v q="$2" '$1 == q {print $2}' "$1"; }
# A run that got errors (answers not 2xx, or none in time) measured the errors: say so rather than report their speed.
if grep -lE "Non-2xx|Socket errors" "$OUT"/*.txt >/dev/null 2>&1; then
  echo "error: some answers were not 2xx or did not come, so their times are not the API's: $(grep -lE "Non-2xx|Socket errors" "$OUT"/*.txt | xargs -n1 basename | tr '\n' ' ')" >&2
  exit 1
fi
# The last one: a script that times itself prints its own after wrk's.
rps() { awk '/Requests\/sec/ {v = $2} END {print v}' "$1"; }
# A measure's throughput as a share of the trivial endpoint's (for the same clients: me.txt unless another is named).
to_trivial() { awk -v a="$(rps "$1")" -v b="$(rps "${2:-$OUT/me.txt}")" 'BEGIN { printf "%.2f", a / b }'; }
percentiles() { awk '$1 == "percentiles-ms" {print $2 " / " $3}' "$1"; }
pg_tps() { awk '/^tps = / {printf "%.1f", $3}' "$1"; }
# The API's throughput as a share of PostgreSQL's alone on the same statements: wrk's file, pgbench's.
to_postgres() { awk -v a="$(rps "$1")" -v b="$(pg_tps "$2")" 'BEGIN { printf "%.3f", a / b }'; }
# A latency of wrk's (12.5ms, 812.00us, 1.02s) in milliseconds.
ms() { awk -v q="$2" '$1 == q { v = $2; f = 1; if (v ~ /us$/) f = 0.001; else if (v ~ /ms$/) f = 1; else if (v ~ /m$/) f = 60000; else if (v ~ /s$/) f = 1000; sub(/[a-z]+$/, "", v); printf "%.3f", v * f }' "$1"; }
# The trivial endpoint's second one-client run, both views of the same requests (decision 64).
one_client_as_answered() {
  local file="$OUT/me-1-as-answered.txt"
  jq -R --argjson wrk_p50 "$(ms "$file" 50%)" --argjson wrk_p99 "$(ms "$file" 99%)" \
    'split(" ") | map(tonumber) | {p50_ms: .[0], p90_ms: .[1], p99_ms: .[2],
      p99_over_p50: ((.[2] / .[0] * 100 | round) / 100), wrk_p50_ms: $wrk_p50, wrk_p99_ms: $wrk_p99,
      wrk_p99_over_p50: (($wrk_p99 / $wrk_p50 * 100 | round) / 100)}' < "$OUT/me-1-as-answered-percentiles.txt"
}
# Every measure's latencies and throughput and the ratios of issue 17, for machines to read (.run/bench/results.json).
write_results_json() {
  local measures=() name
  for name in scorecard-cold scorecard public-scorecard me plan-items item kpis meeting meetings-year minutes calendar \
    search search-officer pack-pdf pack-html me-1 soak; do
    [ -f "$OUT/$name.txt" ] || continue
    measures+=("$(jq -n --arg name "$name" --argjson p50 "$(ms "$OUT/$name.txt" 50%)" --argjson p90 "$(ms "$OUT/$name.txt" 90%)" \
      --argjson p99 "$(ms "$OUT/$name.txt" 99%)" --argjson rps "$(rps "$OUT/$name.txt")" \
      '{name: $name, p50_ms: $p50, p90_ms: $p90, p99_ms: $p99, requests_per_second: $rps, p99_over_p50: (($p99 / $p50 * 100 | round) / 100)}')")
  done
  printf '%s\n' "${measures[@]}" | jq -s \
    --argjson kpi "$(to_postgres "$OUT/kpis.txt" "$OUT/pg-kpis.out")" \
    --argjson kpi_pg "$(pg_tps "$OUT/pg-kpis.out")" \
    --argjson cold "$cold_ratio" --argjson figures_pg "$(pg_tps "$OUT/pg-figures.out")" \
    --argjson cached "$ratio" --argjson public "$(to_trivial "$OUT/public-scorecard.txt")" \
    --argjson imported "${first#* }" --argjson import_again "${second#* }" --argjson copy "$copy_seconds" \
    --arg import_status "${first% *}" --argjson table_copy "$table_copy_seconds" \
    --argjson heap "$(printf '%s\n' "${HEAP_SAMPLES[@]}" | jq -s 'map(select(. != null))')" \
    --argjson soak "$SOAK_SECONDS" --argjson heap_every "$HEAP_SAMPLE_SECONDS" --argjson ready "$start_to_ready" --argjson ready_cpu "$start_cpu" --arg jvm "$start_jvm" \
    --arg starts "${START_SAMPLES[*]}" \
    --argjson clients "$CLIENTS" \
    --argjson floor "$(awk '{printf "%.2f", $3 / $1}' "$OUT/pg-select-floor.txt")" \
    --argjson floor_corrected "$(awk '{printf "%.2f", $3 / $1}' "$OUT/pg-select-floor-corrected.txt")" \
    --argjson as_answered "$(one_client_as_answered)" \
    --arg load "$(cut -d' ' -f1-3 /proc/loadavg)" --argjson cores "$(nproc)" \
    '# MB a minute: the least-squares slope of samples taken every $seconds s.
    def least_squares_slope($seconds): length as $n | (($n - 1) / 2) as $mean_x | (add / $n) as $mean_y
      | [to_entries[] | (.key - $mean_x) * (.value - $mean_y)] as $products
      | [range($n) | (. - $mean_x) * (. - $mean_x)] as $squares
      | ((($products | add) / ($squares | add)) * (60 / $seconds) * 10 | round) / 10;
    {
      kpi_feed_vs_postgres: $kpi, kpi_feed_postgres_pages_per_second: $kpi_pg,
      scorecard_uncached_vs_trivial: $cold, area_figures_postgres_per_second: $figures_pg,
      scorecard_cached_vs_trivial: $cached, public_scorecard_vs_trivial: $public,
      import_seconds: $imported, import_http_status: ($import_status | tonumber), import_unchanged_seconds: $import_again,
      copy_seconds: $table_copy, import_vs_copy: (($imported / $table_copy * 10 | round) / 10),
      copy_into_bare_table_seconds: $copy, import_vs_copy_into_bare_table: (($imported / $copy * 10 | round) / 10),
      worst_p99_over_p50: (map(.p99_over_p50) | max),
      postgres_select_1_one_client_p99_over_p50: $floor,
      postgres_select_1_one_client_p99_over_p50_wrk_corrected: $floor_corrected,
      me_one_client_as_answered: $as_answered,
      soak_seconds: $soak, heap_after_gc_mb: $heap,
      heap_growth_mb: (if ($heap | length) > 1 then (($heap[-1] - $heap[0]) * 10 | round) / 10 else null end),
      heap_trend_under_load_mb_per_minute: ($heap[1:-1] | if length > 2 then least_squares_slope($heap_every) else null end),
      start_to_ready_seconds: $ready, start_to_ready_cpu_seconds: $ready_cpu,
      starts_to_ready: ($starts | split(" ") | map(split("/") | {seconds: (.[0] | tonumber), cpu_seconds: (.[1] | tonumber)})), start_jvm: $jvm, clients: $clients, load_average: $load, cores: $cores,
      measures: .
    }' > "$OUT/results.json"
}
ratio=$(to_trivial "$OUT/scorecard.txt")
cold_ratio=$(to_trivial "$OUT/scorecard-cold.txt")
write_results_json
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
| /api/v1/me, 1 client: p50 / p99 as wrk prints them | $(p "$OUT/me-1.txt" 50%) / $(p "$OUT/me-1.txt" 99%) |
| /api/v1/me, 1 client, once more: p50 / p99 as answered; as wrk prints them | $(jq -r '.me_one_client_as_answered | "\(.p50_ms) / \(.p99_ms) ms; \(.wrk_p50_ms) / \(.wrk_p99_ms) ms"' "$OUT/results.json") |
| PostgreSQL alone, select 1, 1 client: p50 / p99 as answered; with wrk's correction | $(p50_and_p99 "$OUT/pg-select-floor.txt"); $(p50_and_p99 "$OUT/pg-select-floor-corrected.txt") |
| scorecard throughput / trivial throughput | $ratio (none cached: $cold_ratio) |
| an authority's figures read into memory (a card's first): PostgreSQL alone on their statements | $(pg_tps "$OUT/pg-figures.out") per second |
| public scorecard, 153 in turn: p50 / p90 / p99 | $(p "$OUT/public-scorecard.txt" 50%) / $(p "$OUT/public-scorecard.txt" 90%) / $(p "$OUT/public-scorecard.txt" 99%) |
| public scorecard throughput / trivial throughput | $(rps "$OUT/public-scorecard.txt") requests/s; $(to_trivial "$OUT/public-scorecard.txt") |
| action plan items, every plan in turn: p50 / p90 / p99 | $(p "$OUT/plan-items.txt" 50%) / $(p "$OUT/plan-items.txt" 90%) / $(p "$OUT/plan-items.txt" 99%) |
| action plan items throughput | $(rps "$OUT/plan-items.txt") requests/s |
| action item page: p50 / p90 / p99 | $(p "$OUT/item.txt" 50%) / $(p "$OUT/item.txt" 90%) / $(p "$OUT/item.txt" 99%) |
| action item page throughput | $(rps "$OUT/item.txt") requests/s |
| KPI feed, pages of 1,000 rows: p50 / p90 / p99 | $(p "$OUT/kpis.txt" 50%) / $(p "$OUT/kpis.txt" 90%) / $(p "$OUT/kpis.txt" 99%) |
| KPI feed throughput | $(rps "$OUT/kpis.txt") pages/s |
| KPI feed: PostgreSQL alone on its statements | $(pg_tps "$OUT/pg-kpis.out") pages/s; the API $(to_postgres "$OUT/kpis.txt" "$OUT/pg-kpis.out") of it |
| import of 100,000 rows (new) | $(import_result "$first") |
| COPY of the same rows into indicator_value itself, with its keys and indexes (rolled back): import_vs_copy | $table_copy_seconds s; the import $(awk -v a="${first#* }" -v b="$table_copy_seconds" 'BEGIN { printf "%.1f", a / b }') times as long |
| COPY of the same rows into a table of the CSV's columns, without keys or indexes | $copy_seconds s; the import $(awk -v a="${first#* }" -v b="$copy_seconds" 'BEGIN { printf "%.1f", a / b }') times as long |
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
| soak, ${SOAK_SECONDS}s: p50 / p90 / p99 | $(if [ -f "$OUT/soak.txt" ]; then echo "$(p "$OUT/soak.txt" 50%) / $(p "$OUT/soak.txt" 90%) / $(p "$OUT/soak.txt" 99%)"; else echo skipped; fi) |
| heap after a full GC, before the soak, every $HEAP_SAMPLE_SECONDS s of it, and after it (MB) | ${HEAP_SAMPLES[*]:-skipped} |
| the heap's trend under load: least-squares slope of the samples taken during the soak | $(jq -r '.heap_trend_under_load_mb_per_minute | if . == null then "not measured" else "\(.) MB a minute" end' "$OUT/results.json") |
| the API's start to ready, median of 5 (CPU time by then; JVM) | ${start_to_ready} s (${start_cpu} s; ${start_jvm}); every start (s/CPU s): ${START_SAMPLES[*]} |
| a sixth start, profiled: the main thread's largest steps (start-profile.txt) | $(if [ -s "$OUT/start-profile.txt" ]; then sed -n '2,4p' "$OUT/start-profile.txt" | sed -E 's/^ +//; s/ +/ /g' | paste -sd ';' | sed 's/;/; /g'; else echo "not profiled"; fi) |
| load average (1, 5, 15 minutes) at the end | $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores |
MD
echo; cat "$OUT/results.md"
for answer in "$first" "$second"; do
  [ "${answer% *}" = 200 ] || die "the import was answered HTTP ${answer% *}, so it was not timed: $(head -c 600 "$OUT/import-first.json")"
done
