#!/usr/bin/env bash
# GUI smoke test: runs the real sotay binary under Xvfb on a new temporary
# library, waits (with a time limit) for its window and the sample library,
# takes a screenshot, checks it shows the window and is not blank, then
# asks the app to quit and checks it exits cleanly.
#   scripts/smoke.sh [BIN] [OUTDIR]     (defaults: bin/sotay build/smoke)
# The screenshot and logs stay in OUTDIR as test artifacts.
set -euo pipefail
bin=${1:-bin/sotay}
out=${2:-build/smoke}
mkdir -p "$out"
rm -f "$out"/*.png "$out"/*.log
tmp=$(mktemp -d)
xvfb="" app=""
cleanup() {
  [ -n "$app" ] && kill -9 "$app" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "smoke: FAIL: $*" >&2; sed 's/^/  sotay: /' "$out/sotay.log" >&2 2>/dev/null || true; exit 1; }

disp=""
for d in $(seq 91 140); do
  if [ ! -e "/tmp/.X11-unix/X$d" ] && [ ! -e "/tmp/.X$d-lock" ]; then disp=$d; break; fi
done
[ -n "$disp" ] || fail "no free X display number"
Xvfb ":$disp" -screen 0 1280x800x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb=$!
export DISPLAY=":$disp"
for _ in $(seq 1 100); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.1; done
xwininfo -root >/dev/null 2>&1 || fail "Xvfb did not start"

start=$(date +%s%N)
HOME="$tmp/home" LANG=C.UTF-8 "$bin" --db "$tmp/sotay.db" --startup-report >"$out/sotay.log" 2>&1 &
app=$!
deadline=$((SECONDS + 90))
until grep -q "sotay: ready" "$out/sotay.log"; do
  kill -0 "$app" 2>/dev/null || fail "the app exited before its window was ready"
  [ $SECONDS -lt $deadline ] || fail "no window within 90 s"
  sleep 0.05
done
ready_ms=$((($(date +%s%N) - start) / 1000000))
grep -q "6 documents, err=<nil>" "$out/sotay.log" || fail "the sample library did not load: $(cat "$out/sotay.log")"
if grep -q "Error parsing user locale" "$out/sotay.log"; then fail "Fyne logged a locale error with LANG=C.UTF-8"; fi

wid=$(xdotool search --name "Sổ tay học tập" | head -n 1)
[ -n "$wid" ] || fail "no window titled 'Sổ tay học tập'"
eval "$(xwininfo -id "$wid" | awk -F: '/Absolute upper-left X/{print "x="$2} /Absolute upper-left Y/{print "y="$2} /Width/{print "w="$2} /Height/{print "h="$2}' | tr -d ' ')"
[ "$w" -ge 600 ] && [ "$h" -ge 400 ] || fail "window is ${w}x${h}"

# The ready line comes as the list is filled; wait (bounded) for a frame
# with real content: many colours inside the window's rectangle.
ok=""
for _ in $(seq 1 50); do
  import -display "$DISPLAY" -window root "$out/screenshot.png"
  colours=$(convert "$out/screenshot.png" -crop "${w}x${h}+${x}+${y}" +repage -format %k info:)
  if [ "$colours" -gt 100 ]; then ok=1; break; fi
  sleep 0.1
done
[ -n "$ok" ] || fail "the window looks blank ($colours colours)"

kill -TERM "$app"
for _ in $(seq 1 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
kill -0 "$app" 2>/dev/null && fail "the app did not quit within 10 s of SIGTERM"
rc=0; wait "$app" || rc=$?
app=""
[ "$rc" -eq 0 ] || fail "the app exited with status $rc"
echo "smoke: ok: window ${w}x${h} ready in ${ready_ms} ms, ${colours} colours; screenshot $out/screenshot.png"
