#!/usr/bin/env bash
# kill -9 at random moments of N CLI training runs (default 100), then check each run folder:
# either absent (killed before its first save) or whole — checkpoint, metrics.csv, config.json and
# samples.png of one step — and no further behind than its last periodic save.
#   tests/soak/kill_cli_runs.sh build/app/gan-studio-cli [RUNS] [MNIST_DIR]
# Prints one line per run and a summary; exit 1 when any folder is mixed or lost.
set -uo pipefail
cli="$(realpath "$1")"
runs="${2:-100}"
data="${3:-$(dirname "$0")/../../data/mnist}"
every=5
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bad=0 absent=0 whole=0
for i in $(seq "$runs"); do
  out="$work/run"
  # Half the runs continue the previous one in place: a resume must not lose it either.
  resume=()
  if [ $((i % 2)) = 0 ] && [ -f "$out/checkpoint.pt" ]; then resume=(--resume "$out/checkpoint.pt"); fi
  [ ${#resume[@]} = 0 ] && rm -rf "$out"
  "$cli" --threads 1 train --variant gan-ns --steps 100000 --checkpoint-every $every --data "$data" \
    --out "$out" "${resume[@]}" 2>"$work/err" &
  pid=$!
  # Killed at a random moment of training (0.2–6.2 s after its first step), however long the data
  # took to load on a busy machine; a run that never starts is killed after 60 s.
  for _ in $(seq 600); do grep -q '^step ' "$work/err" && break; sleep 0.1; done
  sleep "$(awk -v seed="$i" 'BEGIN { srand(seed); printf "%.2f", 0.2 + 6 * rand() }')"
  kill -9 "$pid"
  wait "$pid" 2>/dev/null
  printed="$(grep -o '^step [0-9]*' "$work/err" | tail -1 | cut -d' ' -f2)"
  if [ ! -e "$out" ]; then
    absent=$((absent + 1))
    echo "run $i: killed before its first save (last step printed: ${printed:-none})"
    continue
  fi
  problem=""
  for f in checkpoint.pt metrics.csv config.json samples.png; do [ -f "$out/$f" ] || problem+="no $f; "; done
  rows="$(($(wc -l <"$out/metrics.csv") - 1))"
  last="$(tail -1 "$out/metrics.csv" | cut -d, -f1)"
  # One more step from the checkpoint into a fresh folder: it loads, its config is config.json's,
  # and its step is metrics.csv's last row.
  rm -rf "$work/check"
  if "$cli" --threads 1 train --steps 1 --checkpoint-every 0 --data "$data" --resume "$out/checkpoint.pt" \
    --out "$work/check" 2>"$work/check-err"; then
    cmp -s "$out/config.json" "$work/check/config.json" || problem+="config.json is not the checkpoint's; "
    [ "$(tail -1 "$work/check/metrics.csv" | cut -d, -f1)" = "$((last + 1))" ] ||
      problem+="metrics.csv ends at $last, the checkpoint elsewhere; "
  else
    problem+="checkpoint does not load: $(tail -1 "$work/check-err"); "
  fi
  if [ -n "$printed" ] && [ "$last" -lt $((printed / every * every - every)) ]; then
    problem+="saved step $last is behind printed step $printed by more than one period; "
  fi
  if [ -n "$problem" ]; then
    bad=$((bad + 1))
    echo "run $i: BAD: $problem"
  else
    whole=$((whole + 1))
    echo "run $i: whole at step $last ($rows rows; last step printed ${printed:-none})"
  fi
done
debris="$(find "$work" -maxdepth 1 -name '.run.staging.*' | wc -l)"
echo "kill -9 of $runs CLI runs: $whole whole, $absent killed before a first save, $bad mixed or lost;" \
  "$debris staging folders left (cleaned by the next save)"
[ "$bad" = 0 ]
