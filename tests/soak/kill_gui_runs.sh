#!/usr/bin/env bash
# kill -9 at random moments of N GUI training sessions (default 20) under Xvfb, each one
# recovering the run the previous one left (--recover), then check the run's folder in the run
# library, where the autosave goes: checkpoint and config.json of one step, metrics.csv holding
# every row up to it, and never behind the run it recovered.
# How long before the kill it was saved is printed (an autosave is only written when the run
# moved since the last one, so a session still loading keeps the older one).
#   tests/soak/kill_gui_runs.sh build [RUNS] [MNIST_DIR]
set -uo pipefail
build="$(realpath "$1")"
runs="${2:-20}"
data="$(realpath "${3:-$(dirname "$0")/../../data/mnist}")"
interval=2
work="$(mktemp -d)"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
Xvfb :77 -screen 0 1500x950x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb; rm -rf "$work"' EXIT
export DISPLAY=:77
export GAN_STUDIO_RUNS="$work/runs"
bad=0 whole=0 previous=0 oldest=0
for i in $(seq "$runs"); do
  # The run autosaved last (a recovered run goes on in its own folder).
  autosave="$(ls -td "$GAN_STUDIO_RUNS"/*/checkpoint.pt 2>/dev/null | head -1)"
  autosave="${autosave%/checkpoint.pt}"
  recover=()
  [ -f "$autosave/checkpoint.pt" ] && recover=(--recover)
  "$build/app/gan-studio" --variant gan-ns --dataset mnist --data "$data" --train --autosave-seconds $interval \
    "${recover[@]}" >/dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v seed="$i" 'BEGIN { srand(seed); printf "%.2f", 5 + 8 * rand() }')"
  kill -9 "$pid"
  killed=$(date +%s.%N)
  wait "$pid" 2>/dev/null
  problem=""
  autosave="$(ls -td "$GAN_STUDIO_RUNS"/*/checkpoint.pt 2>/dev/null | head -1)"
  autosave="${autosave%/checkpoint.pt}"
  if [ ! -f "$autosave/checkpoint.pt" ]; then
    problem="no autosave; "
  else
    age=$(awk -v k="$killed" -v m="$(stat -c %.Y "$autosave/checkpoint.pt")" 'BEGIN { printf "%.1f", k - m }')
    oldest=$(awk -v a="$age" -v b="$oldest" 'BEGIN { print (a > b) ? a : b }')
    rm -rf "$work/check"
    # One step more from the checkpoint, into a new folder: its rows are the run's history up to
    # the checkpoint (read from the autosaved folder) and that one step.
    if "$build/app/gan-studio-cli" --threads 1 train --steps 1 --checkpoint-every 0 --data "$data" \
      --resume "$autosave/checkpoint.pt" --out "$work/check" 2>"$work/check-err"; then
      last=$(($(tail -1 "$work/check/metrics.csv" | cut -d, -f1) - 1))
      cmp -s "$autosave/config.json" "$work/check/config.json" || problem+="config.json is not the checkpoint's; "
      [ "$(($(wc -l <"$work/check/metrics.csv") - 1))" = "$((last + 1))" ] ||
        problem+="metrics.csv lacks rows before $last; "
    else
      problem+="checkpoint does not load: $(tail -1 "$work/check-err"); "
    fi
    [ "$last" -ge "$previous" ] || problem+="step $last is behind the recovered step $previous; "
  fi
  if [ -n "$problem" ]; then
    bad=$((bad + 1))
    echo "GUI run $i: BAD: $problem"
  else
    whole=$((whole + 1))
    echo "GUI run $i: whole at step $last, autosaved ${age} s before the kill"
    previous=$last
  fi
done
echo "kill -9 of $runs GUI sessions: $whole whole and recovered by the next, $bad mixed or lost;" \
  "autosaves at most $oldest s old at the kill (interval $interval s)"
[ "$bad" = 0 ]
