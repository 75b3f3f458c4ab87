# shellcheck shell=bash
# Sourced by the scripts (and ../mvnw): where the checkout is, the stack's ports, logging, waiting and installing.
# Progress goes to standard error: standard output is what a function returns to `$(...)`.

PROMISE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE_DIR=${PROMISE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/promise}
# What log lines start with; a script may say more (scripts/stack.sh names its profile).
LOG_TAG=${LOG_TAG:-promise}

# Every profile's default ports (scripts/ports.env), each kept as the environment gives it if it does.
while IFS='=' read -r name port; do
  case "$name" in '' | '#'*) continue ;; esac
  printf -v "$name" '%s' "${!name:-$port}"
done < "$PROMISE_ROOT/scripts/ports.env"
unset name port
# The API's health and metrics answer on its management port, on the local host only: 1000 above its own port.
api_management_port() { echo "${PROMISE_API_MANAGEMENT_PORT:-$(($1 + 1000))}"; }

log() { printf '\033[1m[%s]\033[0m %s\n' "$LOG_TAG" "$*" >&2; }
die() { printf '[%s] error: %s\n' "$LOG_TAG" "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" = 0 ]; }

apt_install() {
  is_root || die "please install the Debian packages '$*' (this needs root)"
  log "installing Debian packages: $*"
  if [ ! -f "$CACHE_DIR/.apt-updated" ] || [ -n "$(find "$CACHE_DIR/.apt-updated" -mmin +720 2>/dev/null)" ]; then
    apt-get update -qq >&2 || die "apt-get update failed: the Debian package lists cannot be read"
    mkdir -p "$CACHE_DIR" && touch "$CACHE_DIR/.apt-updated"
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Installs the Debian packages of the commands that are missing; each argument is a command, or command:package.
ensure_commands() {
  local missing=() wanted
  for wanted in "$@"; do command -v "${wanted%%:*}" >/dev/null 2>&1 || missing+=("${wanted#*:}"); done
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
}

# Installs the Debian packages (r-cran-<name>) of the R packages that R cannot load; R itself with ensure_commands.
ensure_r_packages() {
  local missing=() name
  for name in "$@"; do Rscript -e "library($name)" >/dev/null 2>&1 || missing+=("r-cran-$name"); done
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Whether GET PATH on loopback PORT answers 200 within 2 s, with bash alone: no program is started, so polling it every
# few milliseconds costs the machine almost nothing (curl costs about 6 ms of CPU a call, a quarter of a core at 20 ms).
http_ok() {
  local port=$1 path=$2
  (
    exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
    printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$path" "$port" >&3
    read -r -t 2 status_line <&3 && [[ $status_line == "HTTP/1."?" 200"* ]]
  ) 2>/dev/null
}

# Waits SECONDS (fractions allowed) without starting a program: sleep is not one of bash's builtins, and a poll every
# 20 ms would start fifty a second. It waits on a pipe that nobody writes to, opened once.
pause() {
  if [ -z "${PAUSE_FD:-}" ]; then exec {PAUSE_FD}<> <(:); fi
  read -r -t "$1" -u "$PAUSE_FD" _ || true
}

# How long the process PID has run, from its start in the kernel's record, and the processor time all its threads
# have used ("seconds/cpu-seconds"): `make bench` times the API's starts with it, and the profiled start too.
age_and_cpu() {
  awk -v now="$(cut -d' ' -f1 /proc/uptime)" -v ticks="$(getconf CLK_TCK)" \
    '{ sub(/^.*\) /, ""); printf "%.2f/%.2f", now - $20 / ticks, ($12 + $13) / ticks }' "/proc/$1/stat"
}

# Waits until URL answers with success. Given the pid of the server and its log, stops waiting when it has died.
wait_for_http() {
  local name=$1 url=$2 seconds=$3 pid=${4:-} log_file=${5:-}
  for _ in $(seq 1 "$seconds"); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$log_file" >&2 || true
      die "$name exited during start-up; its log is $log_file"
    fi
    sleep 1
  done
  die "$name did not answer $url within ${seconds}s${log_file:+; see $log_file}"
}

# PostgreSQL's programs (initdb, pg_ctl, psql, pgbench): the newest server installed, installed if none is.
newest_pg_bin_dir() { find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1; }

pg_bin_dir() {
  local dir
  dir=$(newest_pg_bin_dir)
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    apt_install postgresql >&2
    dir=$(newest_pg_bin_dir)
  fi
  echo "$dir"
}

# Brings a file the Makefile knows how to build up to date (the API's jar, the web bundle, node_modules).
make_up_to_date() { make --no-print-directory -s -C "$PROMISE_ROOT" "$@" >&2; }

# Tokens for an API that checks them against a key made for one run (QUARKUS_OIDC_PUBLIC_KEY) rather than against
# Keycloak's, so that `make bench` and the replicas stage need no Keycloak; the token checks themselves (signature,
# issuer, audience, expiry) still run. Makes the key in FILE and exports the API's settings for it: FILE ISSUER.
use_run_signing_key() {
  TOKEN_KEY=$1 TOKEN_ISSUER=$2
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$TOKEN_KEY" 2>/dev/null
  QUARKUS_OIDC_PUBLIC_KEY=$(openssl pkey -in "$TOKEN_KEY" -pubout | grep -v '^-----' | tr -d '\n')
  # With a public key and no server URL, the API checks tokens without contacting any identity provider.
  export QUARKUS_OIDC_PUBLIC_KEY QUARKUS_OIDC_TOKEN_ISSUER="$TOKEN_ISSUER" QUARKUS_OIDC_AUTH_SERVER_URL=
}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# An hour's token signed with the run's key: ROLE AUTHORITIES (one GSS code, or several joined by '","').
signed_token() {
  local now header payload
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"iss":"%s","sub":"%s-%s","preferred_username":"%s-%s","aud":"promise-api","iat":%s,"exp":%s,"realm_access":{"roles":["%s"]},"authority":["%s"]}' \
    "$TOKEN_ISSUER" "$TOKEN_ISSUER" "$1" "$TOKEN_ISSUER" "$1" "$now" "$((now + 3600))" "$1" "$2" | b64url)
  printf '%s.%s.%s' "$header" "$payload" "$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$TOKEN_KEY" | b64url)"
}
