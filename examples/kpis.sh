#!/usr/bin/env bash
# Fetch KPIs from Promise as a partner system would, with curl and jq: get a token with the client-credentials
# grant, page through /api/v1/kpis as CSV by following the Link headers, print a small table and write a file.
#
#   examples/kpis.sh                      # everything partner-walsall may read, into kpis.csv
#   INDICATOR=CL_EET_1921 examples/kpis.sh
#   INDICATOR="CL_EET_1921 LEAVE_ADOPT" AREA="E08000030 E08000027" examples/kpis.sh   # several, as kpis.py takes
#
#   META=kpis.meta.csv examples/kpis.sh   # and the EES metadata file that describes it
#   TIME_IDENTIFIER="Reporting year" META=kpis.meta.csv examples/kpis.sh   # one kind of period: a file EES takes
#
# Settings: PROMISE_API_URL, PROMISE_KEYCLOAK_URL, PROMISE_CLIENT_ID, PROMISE_CLIENT_SECRET, INDICATOR and AREA (each
# one code or several separated by spaces or commas), TIME_IDENTIFIER (one or several EES time identifiers separated
# by commas), PAGE_SIZE, OUT, META (defaults: the demo stack, the demo realm's partner-walsall client, no metadata
# file).
set -euo pipefail
API=${PROMISE_API_URL:-http://localhost:8080}
KEYCLOAK=${PROMISE_KEYCLOAK_URL:-http://localhost:8180}
CLIENT_ID=${PROMISE_CLIENT_ID:-partner-walsall}
CLIENT_SECRET=${PROMISE_CLIENT_SECRET:-partner-walsall-demo-secret}
OUT=${OUT:-kpis.csv}

token=$(curl -fsS -d grant_type=client_credentials -d client_id="$CLIENT_ID" --data-urlencode client_secret="$CLIENT_SECRET" \
  "$KEYCLOAK/realms/promise/protocol/openid-connect/token" | jq -r .access_token)

filters=""
indicators=${INDICATOR:-} areas=${AREA:-}
for code in ${indicators//,/ }; do filters="$filters&indicator=$code"; done
for code in ${areas//,/ }; do filters="$filters&area=$code"; done
IFS=, read -ra times <<< "${TIME_IDENTIFIER:-}"
for time in "${times[@]}"; do filters="$filters&timeIdentifier=${time// /%20}"; done
url="$API/api/v1/kpis?pageSize=${PAGE_SIZE:-100}$filters"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: > "$OUT"
pages=0
while [ -n "$url" ]; do
  status=$(curl -sS -o "$work/page" -D "$work/headers" -w '%{http_code}' \
    -H "Authorization: Bearer $token" -H 'Accept: text/csv' "$url")
  if [ "$status" = 429 ]; then
    sleep "$(awk 'tolower($1) == "retry-after:" {print $2 + 0}' "$work/headers")"
    continue
  fi
  if [ "$status" != 200 ]; then
    echo "GET $url: HTTP $status: $(jq -r '.detail // .title' "$work/page" 2>/dev/null || cat "$work/page")" >&2
    exit 1
  fi
  pages=$((pages + 1))
  if [ "$pages" = 1 ]; then cat "$work/page" > "$OUT"; else tail -n +2 "$work/page" >> "$OUT"; fi
  url=$(tr -d '\r' < "$work/headers" | awk 'tolower($1) == "link:"' | grep -o '<[^>]*>; rel="next"' | sed 's/^<//; s/>.*//' || true)
  case "$url" in /*) url="$API$url" ;; esac
done

if [ -n "${META:-}" ]; then
  curl -fsS -H "Authorization: Bearer $token" -H 'Accept: text/csv' -o "$META" "$API/api/v1/kpis/meta?${filters#&}"
fi

rows=$(($(wc -l < "$OUT") - 1))
# A small table: indicator, area, period, value, target, RAG (the CSV holds no quoted commas before the note).
tr -d '\r' < "$OUT" | jq -Rr 'split(",") | [.[13], (if .[0] == "time_period" then "area" else .[9] + .[11] + (if .[2] == "National" then .[4] elif .[2] == "Regional" then .[6] else "" end) end), .[18], .[14], .[20], .[21]] | @tsv' |
  head -n "${SHOW:-11}" | awk -F'\t' '{printf "%-26s %-14s %-8s %-6s %-7s %s\n", $1, $2, $3, $4, $5, $6}'
withheld=$(awk -F, 'NR > 1 && $15 == "c"' "$OUT" | wc -l)
[ "$pages" = 1 ] && pages_word=page || pages_word=pages
echo "$rows rows in $pages $pages_word ($withheld withheld as c) written to $OUT"
