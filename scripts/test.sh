#!/usr/bin/env bash
# Runs the test stages in order; with an argument, only that stage.
#   scripts   shellcheck the shell scripts; any finding fails
#   contract  lint openapi.yaml (Redocly), fail if the generated TypeScript client is stale or if openapi.yaml breaks
#             a client of the latest released contract (openapi-diff); check docker-compose.yml and the Kubernetes
#             manifests against their schemas; generate Python, Java and TypeScript clients with openapi-generator
#             (its validation failing the stage), compile the Java one and type-check the TypeScript one
#   frontend  type-check, lint and unit-test the web client (Vitest)
#   backend   unit tests and @QuarkusTest suites against a fresh PostgreSQL cluster (reports and packs rendered to PDF
#             are validated by veraPDF and read back with poppler-utils' pdftotext)
#   replicas  two API instances on one database behave as one: caches, rate limits, If-Match, a kill -9 mid-load
#   e2e       Playwright journeys in Debian's Chromium against the test stack and a real Keycloak
#   faults    PostgreSQL stopped and started under a write load, then Keycloak stopped: no acknowledged write lost,
#             503 with Retry-After within a second meanwhile, recovery without a restart (scripts/faults.py)
#   backup    `make backup` and `make restore` round-trip the test stack's data (both databases), proven by checksums
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ROOT=$PROMISE_ROOT
cd "$ROOT"
if [ $# -gt 0 ]; then STAGES=("$@"); else STAGES=(scripts contract frontend backend replicas e2e faults backup); fi
started=$(date +%s)

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# openapi-generator (contract/clients) warns for every operation that the servers' basePath has no value; its empty
# default is on purpose (decision 46).
CLIENTS_QUIET=-Dorg.slf4j.simpleLogger.log.org.openapitools.codegen.utils.URLPathUtils=error

ensure_node_modules() { make_up_to_date frontend/node_modules/.package-lock.json; }

# The analysts' examples, run as a partner would against the test stack; each must page, suppress and write.
# A subshell: the examples' settings must not reach later stages (PROMISE_KEYCLOAK_URL would make the stack script
# treat the test Keycloak as somebody else's and never start it again).
run_examples() (
  local out="$ROOT/.run/test/examples"
  mkdir -p "$out"
  export PROMISE_API_URL=http://localhost:$PROMISE_TEST_API_PORT
  export PROMISE_KEYCLOAK_URL=http://localhost:$PROMISE_TEST_KEYCLOAK_PORT
  say "examples: the Python, curl + jq and R (read.csv) clients page through /api/v1/kpis"
  ensure_commands Rscript:r-base-core
  ensure_r_packages curl jsonlite
  python3 examples/kpis.py --area E08000030 --page-size 25 --out "$out/kpis-python.csv"
  OUT="$out/kpis-curl.csv" META="$out/kpis-curl.meta.csv" AREA=E08000030 PAGE_SIZE=25 examples/kpis.sh
  cmp -s "$out/kpis-python.csv" "$out/kpis-curl.csv" || { echo "the two examples wrote different files" >&2; exit 1; }
  Rscript examples/kpis.R --area E08000030 --page-size 25 --out "$out/kpis-r.csv"
  cmp -s "$out/kpis-python.csv" "$out/kpis-r.csv" || { echo "the R example wrote another file than kpis.py" >&2; exit 1; }
  [ "$(wc -l < "$out/kpis-python.csv")" -gt 26 ] || { echo "the examples read fewer rows than one page" >&2; exit 1; }
  grep -q ',c,c,c,final,' "$out/kpis-python.csv" || { echo "no suppressed figure in the examples' output" >&2; exit 1; }
  say "examples: both take several indicators and areas"
  python3 examples/kpis.py --indicator CL_EET_1921 --indicator LEAVE_ADOPT --area E08000030 --area E08000027 \
    --out "$out/several-python.csv"
  OUT="$out/several-curl.csv" INDICATOR="CL_EET_1921 LEAVE_ADOPT" AREA=E08000030,E08000027 examples/kpis.sh
  cmp -s "$out/several-python.csv" "$out/several-curl.csv" || { echo "the two examples wrote different files" >&2; exit 1; }
  say "examples: kpis.R takes a token from the environment (no sign-in at run time) and several indicators and areas"
  PROMISE_TOKEN=$(curl -fsS -d grant_type=client_credentials -d client_id=partner-walsall \
    -d client_secret=partner-walsall-demo-secret "$PROMISE_KEYCLOAK_URL/realms/promise/protocol/openid-connect/token" |
    jq -r .access_token) PROMISE_CLIENT_SECRET=not-used Rscript examples/kpis.R --indicator CL_EET_1921 \
    --indicator LEAVE_ADOPT --area E08000030 --area E08000027 --out "$out/several-r.csv"
  cmp -s "$out/several-python.csv" "$out/several-r.csv" || { echo "the R example wrote another file than kpis.py" >&2; exit 1; }
  if ! grep -q ',CL_EET_1921,' "$out/several-curl.csv" || ! grep -q ',LEAVE_ADOPT,' "$out/several-curl.csv"; then
    echo "asked for two indicators, the examples did not get both" >&2; exit 1
  fi
  say "examples: every CSV they wrote meets EES's data standards (scripts/ees_check.py), the feed with its meta file"
  OUT="$out/several-curl.csv" META="$out/several-curl.meta.csv" INDICATOR="CL_EET_1921 LEAVE_ADOPT" \
    AREA=E08000030,E08000027 examples/kpis.sh > /dev/null
  python3 scripts/ees_check.py "$out/several-curl.csv" --meta "$out/several-curl.meta.csv"
  # EES takes a file of one kind of time identifier: a selection of several kinds breaks that rule and no other, and
  # each kind's file (timeIdentifier) meets them all. "Snapshot" (a day no EES identifier names) is Promise's own.
  local mixed
  if mixed=$(python3 scripts/ees_check.py "$out/kpis-curl.csv" --meta "$out/kpis-curl.meta.csv" 2>&1); then
    echo "Walsall's figures are of one kind of period: the test of the mix rule tests nothing" >&2; exit 1
  fi
  if grep -v 'mixes kinds EES keeps apart' <<< "$mixed" | grep -q .; then
    echo "Walsall's whole feed breaks more than the mix rule: $mixed" >&2; exit 1
  fi
  echo "$mixed (the one rule it breaks: each kind's file below keeps them all)"
  local token kind kinds=0 name file time times kind_times
  token=$(curl -fsS -d grant_type=client_credentials -d client_id=partner-walsall \
    -d client_secret=partner-walsall-demo-secret \
    "$PROMISE_KEYCLOAK_URL/realms/promise/protocol/openid-connect/token" | jq -r .access_token)
  for kind in "Financial year" "Financial year Q1,Financial year Q2,Financial year Q3,Financial year Q4" \
      "Academic year" "Reporting year" \
      "January,February,March,April,May,June,July,August,September,October,November,December"; do
    name=${kind%%,*}
    file="$out/kpis-${name// /-}.csv"
    OUT="$file" META="${file%.csv}.meta.csv" AREA=E08000030 TIME_IDENTIFIER="$kind" examples/kpis.sh > /dev/null
    [ "$(wc -l < "$file")" -gt 1 ] || continue
    python3 scripts/ees_check.py "$file" --meta "${file%.csv}.meta.csv"
    times=()
    IFS=, read -ra kind_times <<< "$kind"
    for time in "${kind_times[@]}"; do times+=(--data-urlencode "timeIdentifier=$time"); done
    curl -fsS -G -H "Authorization: Bearer $token" -H 'Accept: text/csv' -o "${file%.csv}-values.csv" "${times[@]}" \
      "$PROMISE_API_URL/api/v1/values"
    [ "$(wc -l < "${file%.csv}-values.csv")" -le 1 ] || python3 scripts/ees_check.py "${file%.csv}-values.csv"
    kinds=$((kinds + 1))
  done
  [ "$kinds" -ge 3 ] || { echo "only $kinds kinds of period in Walsall's feed: too few to prove the files" >&2; exit 1; }
  say "examples: the Java client generated from openapi.yaml pages the feed (contract/clients, KpiFeedIT)"
  "$ROOT/mvnw" -B -ntp -q "$CLIENTS_QUIET" -f "$ROOT/contract/clients/pom.xml" verify \
    -Dpromise.api.url="$PROMISE_API_URL" -Dpromise.keycloak.url="$PROMISE_KEYCLOAK_URL"
  say "examples: a person signs in from a terminal (device grant), and kpis.py --device and kpis.R --device page the feed as them"
  python3 scripts/device_check.py --api "$PROMISE_API_URL" --keycloak "$PROMISE_KEYCLOAK_URL" --out "$out/kpis-device.csv" \
    --r-out "$out/kpis-device-r.csv"
)

stage_scripts() {
  say "scripts: shellcheck"
  ensure_commands shellcheck
  shellcheck -x scripts/*.sh examples/*.sh .ci/run mvnw
  say "scripts: the EES checker refuses a file for each rule it applies"
  python3 -m unittest discover -s scripts -p 'test_*.py'
}

stage_contract() {
  say "contract: lint openapi.yaml and check the generated client"
  ensure_node_modules
  (cd frontend && npm run --silent lint:api && npm run --silent check:api && npm run --silent check:docs && npm run --silent check:compose \
     && npm run --silent check:kubernetes)
  # OpenAPITools' openapi-diff: no breaking change against the latest released contract (contract/compatibility).
  ./mvnw -B -ntp -f contract/compatibility/pom.xml verify
  say "contract: Python, Java and TypeScript clients generated by openapi-generator, its validation on"
  # The Java client is compiled there (and used against the test stack by the e2e stage); the TypeScript one is
  # type-checked here with the web client's compiler.
  ./mvnw -B -ntp -q "$CLIENTS_QUIET" -f contract/clients/pom.xml verify
  (cd contract/clients/target/generated/typescript-fetch && "$ROOT/frontend/node_modules/.bin/tsc" --noEmit --strict \
     --target es2020 --lib es2020,dom --module es2020 --moduleResolution node index.ts)
}

stage_frontend() {
  say "frontend: type-check, lint, unit tests"
  ensure_node_modules
  (cd frontend && npm run --silent typecheck && npm run --silent lint && npm run --silent test)
}

stage_backend() {
  say "backend: unit and @QuarkusTest suites on a fresh PostgreSQL"
  # The rendered PDFs' text is read as a reader's tools read it: poppler's pdftotext.
  ensure_commands pdftotext:poppler-utils
  scripts/stack.sh db test
  # The suites find the cluster's database by this URL; it follows the cluster's port unless it is given.
  (cd backend && PROMISE_TEST_DB_URL=${PROMISE_TEST_DB_URL:-jdbc:postgresql://localhost:$PROMISE_TEST_PG_PORT/promise_test} \
     ../mvnw -B -ntp verify)
}

stage_replicas() {
  say "replicas: two API instances on one database (scripts/replicas.sh)"
  scripts/replicas.sh
}

stage_e2e() {
  say "e2e: Playwright in Chromium against the test stack and real Keycloak"
  ensure_commands chromium
  ensure_node_modules
  scripts/stack.sh up test
  (cd frontend && PROMISE_E2E_BASE_URL=http://localhost:$PROMISE_TEST_WEB_PORT \
     PROMISE_E2E_API_URL=http://localhost:$PROMISE_TEST_API_PORT \
     PROMISE_E2E_KEYCLOAK_URL=http://localhost:$PROMISE_TEST_KEYCLOAK_PORT \
     npx playwright test)
  ensure_commands jq python3
  run_examples
}

stage_faults() {
  say "faults: PostgreSQL stopped and started under a write load, then Keycloak stopped"
  ensure_commands psql:postgresql-client python3
  scripts/stack.sh up test
  PGPASSWORD=${PROMISE_DB_PASSWORD:-promise} python3 scripts/faults.py \
    --api "http://localhost:$PROMISE_TEST_API_PORT" \
    --health "http://127.0.0.1:$(api_management_port "$PROMISE_TEST_API_PORT")/q/health/ready" \
    --keycloak "http://localhost:$PROMISE_TEST_KEYCLOAK_PORT" --redirect-uri "http://localhost:$PROMISE_TEST_WEB_PORT/" \
    --stack "scripts/stack.sh test" \
    --psql "psql -h 127.0.0.1 -p $PROMISE_TEST_PG_PORT -U ${PROMISE_DB_USER:-promise} -d promise_e2e"
}

# A backup taken while the stack runs, then a change, then the restore: every table of both databases is as it was
# when backed up (the change is gone), and the restored stack serves a partner signed in through the restored realm.
stage_backup() {
  say "backup: make backup and make restore round-trip the test stack's data"
  ensure_commands psql:postgresql-client jq
  local dir="$ROOT/.run/test/backup" db=promise_e2e
  scripts/stack.sh up test
  rm -rf "$dir"
  scripts/stack.sh backup test "$dir"
  scripts/stack.sh checksum test > "$dir.before"
  grep -q '"username" : "officer.walsall"' "$dir/promise-realm.json" || { echo "the realm export holds no users" >&2; exit 1; }
  PGPASSWORD=${PROMISE_DB_PASSWORD:-promise} psql -h 127.0.0.1 -p "$PROMISE_TEST_PG_PORT" -U "${PROMISE_DB_USER:-promise}" -d "$db" -qc \
    "update indicator_value set note = 'changed after the backup' where ctid = (select ctid from indicator_value limit 1)"
  if scripts/stack.sh checksum test | cmp -s - "$dir.before"; then echo "the change after the backup changed no checksum" >&2; exit 1; fi
  scripts/stack.sh restore test "$dir"
  scripts/stack.sh checksum test | diff -u "$dir.before" - || { echo "the restored databases differ from the backup" >&2; exit 1; }
  scripts/stack.sh up test
  local token
  token=$(curl -fsS -d grant_type=client_credentials -d client_id=partner-walsall -d client_secret=partner-walsall-demo-secret \
    "http://localhost:$PROMISE_TEST_KEYCLOAK_PORT/realms/promise/protocol/openid-connect/token" | jq -r .access_token)
  curl -fsS -o /dev/null -H "Authorization: Bearer $token" "http://localhost:$PROMISE_TEST_API_PORT/api/v1/kpis?pageSize=1"
  echo "restored: $(wc -l < "$dir.before") tables identical, the API serving"
}

trap 'scripts/stack.sh down test >/dev/null 2>&1 || true' EXIT
for stage in "${STAGES[@]}"; do "stage_$stage"; done
printf '\nAll test stages passed (%s) in %ss.\n' "${STAGES[*]}" "$(( $(date +%s) - started ))"
