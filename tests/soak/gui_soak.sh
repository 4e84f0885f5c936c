#!/usr/bin/env bash
# The GUI soak: gan-ns trains on MNIST in the GUI under Xvfb, plots and grid live, for SECONDS
# (default 3600); its resident memory is sampled every 30 s. Prints the curve (seconds, steps,
# RSS MiB) and the growth after the first 5 minutes, which must stay under 5 %.
#   tests/soak/gui_soak.sh build [SECONDS] [MNIST_DIR]
set -uo pipefail
build="$(realpath "$1")"
seconds="${2:-3600}"
data="$(realpath "${3:-$(dirname "$0")/../../data/mnist}")"
work="$(mktemp -d)"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
Xvfb :78 -screen 0 1500x950x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
DISPLAY=:78 "$build/app/gan-studio" --variant gan-ns --dataset mnist --data "$data" --train >/dev/null 2>&1 &
gui=$!
echo "seconds,steps_recorded,rss_mib"
start=$(date +%s)
baseline=""
peak_after=0
while kill -0 $gui 2>/dev/null; do
  elapsed=$(($(date +%s) - start))
  rss=$(awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' /proc/$gui/status)
  csv="$(ls -td "${GAN_STUDIO_RUNS:-$XDG_DATA_HOME/gan-studio/runs}"/*/ 2>/dev/null | head -1)metrics.csv"
  steps=0
  [ -f "$csv" ] && steps=$(($(wc -l <"$csv") - 1))  # rows recorded so far
  echo "$elapsed,$steps,$rss"
  if [ "$elapsed" -ge 300 ]; then
    [ -z "$baseline" ] && baseline=$rss
    peak_after=$(awk -v a="$peak_after" -v b="$rss" 'BEGIN { print (b > a) ? b : a }')
  fi
  [ "$elapsed" -ge "$seconds" ] && break
  sleep 30  # the sampling period of the curve, not a synchronisation
done
kill $gui 2>/dev/null
[ -n "$baseline" ] || { echo "no sample after 5 minutes (the GUI ended early, or SECONDS < 300)"; exit 1; }
growth=$(awk -v a="$baseline" -v b="$peak_after" 'BEGIN { printf "%.2f", 100 * (b - a) / a }')
echo "RSS at 5 min ${baseline} MiB, highest after ${peak_after} MiB: growth ${growth} % (limit 5 %)"
awk -v g="$growth" 'BEGIN { exit !(g < 5) }'
