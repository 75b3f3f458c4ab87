#!/usr/bin/env bash
# The hottest frames of a JDK Flight Recorder recording (docs/performance.md): how many execution samples had each
# method on top of the stack (where the CPU was), and each of Promise's own methods nearest the top (which of our
# code paid for it). Usage: scripts/jfr-top.sh RECORDING.jfr [how many lines, 25 unless given]
set -euo pipefail
recording=$1
lines=${2:-25}
jfr print --events jdk.ExecutionSample --stack-depth 64 "$recording" | awk -v lines="$lines" '
  /stackTrace = \[/ { in_stack = 1; top = ""; ours = ""; next }
  in_stack && /^[[:space:]]*\]/ {
    in_stack = 0; samples++
    self[top]++
    if (ours != "") own[ours]++
    next
  }
  in_stack {
    frame = $0; sub(/^[[:space:]]+/, "", frame); sub(/[[:space:]]+line:.*$/, "", frame)
    if (frame == "...") next
    if (top == "") top = frame
    if (ours == "" && frame ~ /^org\.promise\./) ours = frame
  }
  END {
    printf "%d samples\n\nOn top of the stack (self):\n", samples
    for (f in self) printf "%6d %5.1f%%  %s\n", self[f], 100 * self[f] / samples, f | "sort -rn | head -n " lines
    close("sort -rn | head -n " lines)
    printf "\nPromise'"'"'s frame nearest the top:\n"
    for (f in own) printf "%6d %5.1f%%  %s\n", own[f], 100 * own[f] / samples, f | "sort -rn | head -n " lines
    close("sort -rn | head -n " lines)
  }'
