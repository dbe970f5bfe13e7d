#!/usr/bin/env bash
# Measures the GUI's cold start and idle memory on a given library:
# starts bin/sotay under Xvfb RUNS times, records the wall time from exec to
# the "ready" line (the list is filled), and the resident memory after
# IDLE seconds of idling.
#   scripts/measure-startup.sh LIBRARY.db [RUNS=5] [IDLE=5]
set -euo pipefail
db=$1 runs=${2:-5} idle=${3:-5}
bin=${BIN:-bin/sotay}
disp=97
Xvfb ":$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=":$disp"
for _ in $(seq 1 100); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.1; done
home=$(mktemp -d)
for i in $(seq 1 "$runs"); do
  log=$(mktemp)
  start=$(date +%s%N)
  HOME=$home LANG=C.UTF-8 "$bin" --db "$db" --startup-report >"$log" 2>&1 &
  pid=$!
  until grep -q "sotay: ready" "$log"; do sleep 0.01; kill -0 $pid || { cat "$log"; exit 1; }; done
  wall=$((($(date +%s%N) - start) / 1000000))
  sleep "$idle"
  rss=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
  kill -TERM $pid; wait $pid || true
  echo "run $i: ready after ${wall} ms (wall, exec to filled list); $(sed -n 's/.*ready in \([0-9]*\) ms: \([0-9]*\) documents.*/in-process \1 ms, \2 documents/p' "$log"); idle RSS $((rss / 1024)) MB"
  rm -f "$log"
done
rm -rf "$home"
