#!/usr/bin/env bash
# Start-up benchmark: launches the materialised product N times (default 7) under Xvfb and prints
# min/median/max milliseconds from process start to (a) the workbench window being open and
# (b) the first data from Derby being on screen, as recorded by the product itself
# (-Dretailerdesk.startupTiming=true). The first launch creates the database and is reported
# apart; the figures are over warm launches. The raw baseline, a plain SWT window in the same
# JVM without OSGi or the workbench, is measured in the same run and the ratio printed.
set -euo pipefail
RD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$RD_ROOT/releng/scripts/env.sh"
. "$RD_ROOT/releng/scripts/product.sh"
. "$RD_ROOT/releng/scripts/packages.sh"
RUNS=${1:-7}
rd_install_packages "${RD_RUNTIME_PACKAGES[@]}" xvfb xauth
rd_ensure_product

work=$(mktemp -d)
trap 'kill ${XVFB_PID:-} 2>/dev/null || true; rm -rf "$work"' EXIT
if [ -z "${RD_BENCH_USE_DISPLAY:-}" ]; then
  # A private X server, so a desktop session's load does not disturb the figures.
  for n in $(seq 90 120); do [ -e /tmp/.X11-unix/X$n ] || break; done
  Xvfb :$n -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  export DISPLAY=:$n
  for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$n ] && break; sleep 0.1; done
fi
export RETAILERDESK_HOME=$work/home

# one launch, waiting at most SECONDS (default 30) for its first data; prints "<window-open ms> <first-data ms>"
launch() {
  local log
  log=$(mktemp "$work/launch.XXXXXX")
  # the first start is told to write the default demo centre rather than ask demo or empty
  (cd "$RD_PRODUCT" && exec "$RD_JAVA" $(rd_vm_args) "$(rd_logging_arg)" -Dretailerdesk.startupTiming=true \
      -Dretailerdesk.demoRetailers=20000 -jar "$(rd_launcher_jar)" -data "$RETAILERDESK_HOME/workspace" >"$log" 2>&1) &
  local pid=$! i
  for i in $(seq $((${1:-30} * 20))); do
    grep -q 'RETAILERDESK-STARTUP first-data' "$log" && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.05
  done
  kill $pid 2>/dev/null; wait $pid 2>/dev/null || true
  local w d a
  a=$(awk '/RETAILERDESK-STARTUP application-start/ {print $3}' "$log")
  w=$(awk '/RETAILERDESK-STARTUP window-open/ {print $3}' "$log")
  d=$(awk '/RETAILERDESK-STARTUP first-data/ {print $3}' "$log")
  if [ -z "$w" ] || [ -z "$d" ]; then
    echo "launch failed; its output:" >&2; cat "$log" >&2; exit 1
  fi
  echo "$w $d $a"
}

# "min median max" in ms of the arguments
summary() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
    med = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    print v[1], med, v[NR] }'
}

report() { # label min med max goal_s
  awk -v l="$1" -v a="$2" -v m="$3" -v b="$4" -v g="$5" 'BEGIN {
    printf "%-34s min %5.2f s  median %5.2f s  max %5.2f s  (goal: median <= %.1f s: %s)\n",
      l, a / 1000, m / 1000, b / 1000, g, (m / 1000 <= g) ? "met" : "NOT met" }'
}

echo "BENCH-START|startup" # the result lines are BenchResults' (org.retailerdesk.bench.support)
echo "RetailerDesk start-up benchmark: $RUNS warm launches, $(nproc) cores, $("$RD_JAVA" -version 2>&1 | head -n 1)"
# the first launch writes the demo centre before its first data: minutes on a busy machine
read -r w d a < <(launch 600)
echo "first launch (creates the database): window $((w))ms, first data $((d))ms"
windows=(); datas=(); apps=()
for _ in $(seq "$RUNS"); do
  read -r w d a < <(launch)
  windows+=("$w"); datas+=("$d"); apps+=("$a")
done

# raw baseline: one plain SWT window, same JVM and options, no OSGi
swt=$(ls "$RD_PRODUCT"/plugins/org.eclipse.swt.gtk.linux.x86_64_*.jar | head -n 1)
"$JAVA_HOME/bin/javac" -d "$work/baseline" -cp "$swt" "$RD_ROOT/releng/bench/BaselineWindow.java"
base=()
for _ in $(seq "$RUNS"); do
  base+=("$("$RD_JAVA" $(rd_vm_args) -cp "$work/baseline:$swt" BaselineWindow 2>/dev/null | awk '/window-open/ {print $3}')")
done

read -r wmin wmed wmax < <(summary "${windows[@]}")
read -r dmin dmed dmax < <(summary "${datas[@]}")
read -r bmin bmed bmax < <(summary "${base[@]}")
read -r amin amed amax < <(summary "${apps[@]}")
report "window visible (workbench open)" "$wmin" "$wmed" "$wmax" 2.0
report "first data on screen (Derby)" "$dmin" "$dmed" "$dmax" 3.0
awk -v a="$amin" -v m="$amed" -v b="$amax" 'BEGIN {
  printf "%-34s min %5.2f s  median %5.2f s  max %5.2f s\n", "  of which JVM + OSGi boot", a / 1000, m / 1000, b / 1000 }'
awk -v a="$bmin" -v m="$bmed" -v b="$bmax" 'BEGIN {
  printf "%-34s min %5.2f s  median %5.2f s  max %5.2f s\n", "raw baseline (plain SWT window)", a / 1000, m / 1000, b / 1000 }'
awk -v w="$wmed" -v b="$bmed" 'BEGIN { printf "ratio window visible / raw baseline (medians): %.2f\n", w / b }'
# one result line per goal, for ./bench all: median against the plain window's median
result() { # label median_ms goal_s
  awk -v l="$1" -v m="$2" -v b="$bmed" -v g="$3" 'BEGIN {
    printf "BENCH|startup|%s|%.3f|s|%.3f|%.2f|<= %.3f s|%s\n", l, m / 1000, b / 1000, m / b, g, (m / 1000 <= g) ? "met" : "NOT met" }'
}
result "window visible, median, vs a plain SWT window" "$wmed" 2.0
result "first data on screen, median, vs a plain SWT window" "$dmed" 3.0
