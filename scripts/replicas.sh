#!/usr/bin/env bash
# `make test`'s replicas stage: two instances of the API, started at the same moment on two ports against one fresh
# database, must behave as one API (issue 16, decision 43):
#   migrations   both migrate the empty database at once, and each migration is applied once
#   caches       a value changed through A is in B's (cached) scorecard at once
#   rate limit   a partner calling A and B in turn gets one allowance, not one per instance: 429 with Retry-After
#   If-Match     a change through B makes A refuse a change quoting the older ETag: 412
#   kill -9      writes through both while A is killed mid-load: every write acknowledged with 201 is in the database
# Tokens are signed with a key made for the run (as `make bench` does), so no Keycloak is needed. Figures go to the
# terminal and to .run/replicas/results.txt.
set -euo pipefail
LOG_TAG="promise replicas"
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ROOT=$PROMISE_ROOT
cd "$ROOT"
OUT="$ROOT/.run/replicas"
PID_DIR="$ROOT/.run/replicas/pids"
A="http://127.0.0.1:$PROMISE_REPLICA_A_PORT"
B="http://127.0.0.1:$PROMISE_REPLICA_B_PORT"
PARTNER_LIMIT=20
AUTHORITY=E08000030
INDICATOR=HLTH_ASSESS
PERIOD=2022-23
WRITES_PER_INSTANCE=150
mkdir -p "$OUT"
: > "$OUT/results.txt"

ensure_commands curl jq openssl psql:postgresql-client
result() { printf '%s\n' "$*" | tee -a "$OUT/results.txt"; }
fail() { printf '[%s] FAILED: %s\n' "$LOG_TAG" "$*" >&2; exit 1; }
sql() { PGPASSWORD=${PROMISE_DB_PASSWORD:-promise} psql -h 127.0.0.1 -p "$PROMISE_REPLICAS_PG_PORT" -U "${PROMISE_DB_USER:-promise}" -d promise_replicas -qAt -c "$1"; }
millis() { date +%s%3N; }

use_run_signing_key "$OUT/key.pem" promise-replicas
export PROMISE_DEMO_DATA=true PROMISE_PARTNER_RATE_LIMIT=$PARTNER_LIMIT
ADMIN=$(signed_token admin "$AUTHORITY")
OFFICER=$(signed_token officer "$AUTHORITY")
PARTNER=$(signed_token partner "$AUTHORITY")

trap 'scripts/stack.sh down replicas >/dev/null 2>&1 || true' EXIT
scripts/stack.sh down replicas >/dev/null 2>&1 || true
scripts/stack.sh db replicas
make_up_to_date backend/target/quarkus-app/quarkus-run.jar
# The API's AOT cache, made first if need be (its training start uses a scratch database), so that both start at once.
scripts/stack.sh aot-cache replicas
log "starting instances A ($A) and B ($B) at the same moment on the empty database"
PROMISE_API_INSTANCE=backend-a PROMISE_REPLICAS_API_PORT=$PROMISE_REPLICA_A_PORT scripts/stack.sh api replicas &
starting_a=$!
PROMISE_API_INSTANCE=backend-b PROMISE_REPLICAS_API_PORT=$PROMISE_REPLICA_B_PORT scripts/stack.sh api replicas &
starting_b=$!
wait "$starting_a" || fail "instance A did not start"
wait "$starting_b" || fail "instance B did not start"

# --- migrations: applied once, though both instances started on an empty database ------------------------------
applied=$(sql "select count(*) from flyway_schema_history where success")
distinct=$(sql "select count(distinct coalesce(version, description)) from flyway_schema_history where success")
{ [ "$applied" -gt 0 ] && [ "$applied" = "$distinct" ]; } || fail "migrations: $applied applied, $distinct distinct"
result "migrations: both instances started at once on an empty database; $applied migrations, each applied once"

# --- caches: a change through A is in B's scorecard at once --------------------------------------------------
value_url="/api/v1/indicators/$INDICATOR/values/$AUTHORITY/$PERIOD"
scorecard_value() {
  curl -fsS -H "Authorization: Bearer $ADMIN" "$1/api/v1/scorecard?area=$AUTHORITY&period=$PERIOD" \
    | jq -r --arg indicator "$INDICATOR" '.groups[].rows[] | select(.indicator == $indicator) | .value'
}
etag=$(curl -fsS -D - -o /dev/null -H "Authorization: Bearer $ADMIN" "$A$value_url" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')
[ -n "$etag" ] || fail "no ETag on $value_url"
before=$(scorecard_value "$B")
scorecard_value "$B" >/dev/null   # now it is in B's cache
# The control: a change behind the API's back announces nothing, so B goes on serving its cached scorecard.
sql "update indicator_value set value = value + 1 where indicator_code = '$INDICATOR' and area_code = '$AUTHORITY' and period_code = '$PERIOD'"
[ "$(scorecard_value "$B")" = "$before" ] || fail "caches: B's scorecard was not cached (it showed a change nobody announced)"
sql "update indicator_value set value = value - 1 where indicator_code = '$INDICATOR' and area_code = '$AUTHORITY' and period_code = '$PERIOD'"
new_value=$(jq -n --argjson before "$before" 'if $before >= 50 then $before - 7.5 else $before + 7.5 end')
curl -fsS -o "$OUT/changed.json" -X PUT -H "Authorization: Bearer $ADMIN" -H "If-Match: $etag" -H 'Content-Type: application/json' \
  -d "{\"value\": $new_value, \"status\": \"final\"}" "$A$value_url"
acknowledged_at=$(millis)
seen=""
while [ $(( $(millis) - acknowledged_at )) -lt 2000 ]; do
  if [ "$(scorecard_value "$B")" = "$(jq -n "$new_value")" ]; then seen=$(millis); break; fi
  sleep 0.01
done
[ -n "$seen" ] || fail "caches: B's scorecard still shows $before, not $new_value, 2 s after A acknowledged the change"
result "caches: $INDICATOR changed through A from $before to $new_value; B's cached scorecard (which a change behind the API's" \
  "back did not reach) showed it $((seen - acknowledged_at)) ms after A acknowledged the change (one scorecard read included)"

# --- If-Match: a change through B makes A refuse the older ETag ----------------------------------------------
etag=$(curl -fsS -D - -o /dev/null -H "Authorization: Bearer $ADMIN" "$A$value_url" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')
through_b=$(curl -sS -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $ADMIN" -H "If-Match: $etag" \
  -H 'Content-Type: application/json' -d "{\"value\": $before, \"status\": \"final\"}" "$B$value_url")
through_a=$(curl -sS -o "$OUT/conflict.json" -w '%{http_code}' -X PUT -H "Authorization: Bearer $ADMIN" -H "If-Match: $etag" \
  -H 'Content-Type: application/json' -d "{\"value\": $new_value, \"status\": \"final\"}" "$A$value_url")
{ [ "$through_b" = 200 ] && [ "$through_a" = 412 ]; } || fail "If-Match: through B $through_b (200 expected), then through A $through_a (412 expected)"
result "If-Match: the same ETag quoted through B then through A: $through_b, then $through_a ($(jq -r .title "$OUT/conflict.json"))"

# --- rate limit: one allowance across both instances -----------------------------------------------------------
declare -A answers=([A200]=0 [A429]=0 [B200]=0 [B429]=0)
started=$(millis)
for i in $(seq 1 $((PARTNER_LIMIT * 2))); do
  if [ $((i % 2)) = 1 ]; then name=A url=$A; else name=B url=$B; fi
  code=$(curl -sS -o "$OUT/limited.json" -D "$OUT/limited.headers" -w '%{http_code}' -H "Authorization: Bearer $PARTNER" "$url/api/v1/kpis?pageSize=1")
  case "$code" in
    200) ;;
    429) grep -qi '^retry-after: [1-9]' "$OUT/limited.headers" || fail "rate limit: a 429 from $name without Retry-After" ;;
    *) fail "rate limit: $name answered $code" ;;
  esac
  answers[$name$code]=$((answers[$name$code] + 1))
done
elapsed=$(( $(millis) - started ))
served=$((answers[A200] + answers[B200]))
# The bucket refills at PARTNER_LIMIT a minute while the requests run: one more token for each 60/PARTNER_LIMIT s.
allowed=$((PARTNER_LIMIT + elapsed * PARTNER_LIMIT / 60000 + 1))
[ "$served" -le "$allowed" ] || fail "rate limit: $served of $((PARTNER_LIMIT * 2)) served; the shared allowance is $allowed"
{ [ "${answers[A429]}" -gt 0 ] && [ "${answers[B429]}" -gt 0 ]; } || fail "rate limit: not both instances refused (A ${answers[A429]}, B ${answers[B429]})"
result "rate limit: $((PARTNER_LIMIT * 2)) calls of one partner (limit $PARTNER_LIMIT a minute) to A and B in turn in ${elapsed} ms:" \
  "$served served (A ${answers[A200]}, B ${answers[B200]}), $((answers[A429] + answers[B429])) refused with 429 and Retry-After (A ${answers[A429]}, B ${answers[B429]})"

# --- kill -9: no acknowledged write is lost ---------------------------------------------------------------------
# Each writer records one line per write: its ask and the answer's status (000 when no answer came).
writer() {
  local name=$1 url=$2 i code
  for i in $(seq 1 "$WRITES_PER_INSTANCE"); do
    code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 10 -X POST -H "Authorization: Bearer $OFFICER" \
      -H 'Content-Type: application/json' \
      -d "{\"authority\": \"$AUTHORITY\", \"ask\": \"replicas $name $i\", \"forum\": \"replicas stage\", \"askedIn\": \"2026-01\"}" \
      "$url/api/v1/you-said-we-did" 2>/dev/null || true)
    printf 'replicas %s %s %s\n' "$name" "$i" "${code:-000}"
  done
}
writer A "$A" > "$OUT/writes-a.txt" &
writing_a=$!
writer B "$B" > "$OUT/writes-b.txt" &
writing_b=$!
until [ "$(wc -l < "$OUT/writes-a.txt")" -ge $((WRITES_PER_INSTANCE / 3)) ]; do sleep 0.05; done
a_pid=$(cat "$PID_DIR/backend-a.pid")
kill -KILL "$a_pid"
log "killed instance A (pid $a_pid) with SIGKILL after $(wc -l < "$OUT/writes-a.txt") of its writes"
wait "$writing_a" "$writing_b"
cat "$OUT/writes-a.txt" "$OUT/writes-b.txt" > "$OUT/writes.txt"
unexpected=$(awk '$4 != "201" && $4 != "000"' "$OUT/writes.txt")
[ -z "$unexpected" ] || fail "kill -9: answers other than 201 or none: $(head -n 3 <<< "$unexpected")"
awk '$4 == "201" {print $1 " " $2 " " $3}' "$OUT/writes.txt" | sort > "$OUT/acknowledged.txt"
sql "select ask from you_said where forum = 'replicas stage'" | sort > "$OUT/found.txt"
lost=$(comm -23 "$OUT/acknowledged.txt" "$OUT/found.txt")
[ -z "$lost" ] || fail "kill -9: acknowledged but not in the database: $(head -n 3 <<< "$lost")"
b_acknowledged=$(grep -c '^replicas B' "$OUT/acknowledged.txt" || true)
[ "$b_acknowledged" = "$WRITES_PER_INSTANCE" ] || fail "kill -9: B acknowledged $b_acknowledged of $WRITES_PER_INSTANCE writes"
result "kill -9: $(wc -l < "$OUT/writes.txt") writes attempted through A and B, A killed mid-load;" \
  "$(wc -l < "$OUT/acknowledged.txt") acknowledged (A $(grep -c '^replicas A' "$OUT/acknowledged.txt" || true), B $b_acknowledged)," \
  "$(wc -l < "$OUT/found.txt") found in the database, 0 acknowledged writes lost"
log "replicas: every check passed; figures in ${OUT#"$ROOT"/}/results.txt"
