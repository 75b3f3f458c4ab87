#!/usr/bin/env bash
# usage: scripts/latency-percentiles.sh [INTERVAL] < latencies
# p50, p90 and p99 in ms of latencies in µs read one a line, ranked as wrk ranks its own (stats_percentile in wrk's
# source: the value at rank p × count / 100 + 1). Given an interval in µs, wrk's correction for coordinated omission
# first (stats_correct): a latency of at least twice the interval also counts as itself less one interval, less two,
# and so on while above the interval (decision 64).
set -euo pipefail
awk -v every="${1:-0}" '{ print $1; if (every > 0 && $1 >= 2 * every) for (m = $1 - every; m > every; m -= every) print m }' |
  sort -n |
  awk 'function ranked(p) { return took[int(NR * p / 100) + 1] / 1000 }
    { took[NR] = $1 } END { printf "%.3f %.3f %.3f\n", ranked(50), ranked(90), ranked(99) }'
