#!/usr/bin/env bash
# gan-studio-cli as a script uses it: a run's folder is never overwritten by accident, bad input
# exits 2 with a one-line message naming what is wrong. Run by ctest with the CLI's path.
set -uo pipefail
cli="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
total=0
expect() {  # expect CODE TEXT -- command…: the exit code, and TEXT in its stderr ("" for none)
  local code="$1" text="$2"
  total=$((total + 1))
  shift 3
  local err
  err="$("$@" 2>&1 >/dev/null)"
  local got=$?
  if [ "$got" != "$code" ] || [[ "$err" != *"$text"* ]]; then
    echo "FAILED: $* -> exit $got (wanted $code), stderr: ${err: -300}"
    failures=$((failures + 1))
  fi
}
train=("$cli" train --variant gan-ns --dataset ring --steps 2)
expect 0 "" -- "${train[@]}" --out "$work/run"
expect 2 "already holds files" -- "${train[@]}" --out "$work/run"
expect 0 "" -- "${train[@]}" --out "$work/run" --force
expect 0 "" -- "${train[@]}" --out "$work/run" --resume "$work/run/checkpoint.pt"  # continued in place
# A resumed run keeps its variant, data, seed and network sizes; live settings apply to it, and its
# metrics.csv holds the whole history.
expect 2 "a resumed run keeps it" -- "${train[@]}" --out "$work/run" --resume "$work/run/checkpoint.pt" --seed 5
expect 2 "cannot change when resuming" -- "${train[@]}" --out "$work/run" --resume "$work/run/checkpoint.pt" \
  --set toy_width=64
expect 0 "" -- "${train[@]}" --out "$work/run" --resume "$work/run/checkpoint.pt" --set learning_rate_g=0.0001
check() {  # check DESCRIPTION command…: a property of what a command left behind
  local what="$1"
  shift
  total=$((total + 1))
  if ! "$@"; then
    echo "FAILED: $what"
    failures=$((failures + 1))
  fi
}
check "--set applies on resume" grep -q '"learning_rate_g": 0.0001' "$work/run/config.json"
check "metrics.csv keeps the rows before the resume" [ "$(tail -n +2 "$work/run/metrics.csv" | cut -d, -f1 | tr '\n' ' ')" = "1 2 3 4 5 6 " ]
# A killed writer's staging folder is removed by the next save; Ctrl-C saves the run and exits 130.
mkdir "$work/.run.staging.$(($(cat /proc/sys/kernel/pid_max) + 1)).0"
"$cli" train --variant gan-ns --dataset ring --steps 100000000 --out "$work/run" --force 2>"$work/err" &
trainer=$!
for _ in $(seq 600); do grep -q '^step ' "$work/err" && break; sleep 0.1; done  # until it trains
kill -INT "$trainer"
wait "$trainer"
check "Ctrl-C exits 130" [ $? = 130 ]
saved="$(sed -n 's/.*at step \([0-9]*\);.*/\1/p' "$work/err")"
check "Ctrl-C saves the step it stopped at" [ "$(tail -1 "$work/run/metrics.csv" | cut -d, -f1)" = "${saved:-none}" ]
check "stale staging folders are removed" [ -z "$(ls -A "$work" | grep staging)" ]
# SIGTERM sent twice, to the process and to its group, as `timeout` does: still one final save.
setsid "$cli" train --variant gan-ns --dataset ring --steps 100000000 --out "$work/run" --force 2>"$work/err" &
trainer=$!
for _ in $(seq 600); do grep -q '^step ' "$work/err" && break; sleep 0.1; done  # until it trains
kill -TERM "$trainer"
kill -TERM -- "-$trainer"
wait "$trainer"
check "SIGTERM twice exits 143 after saving" [ $? = 143 ]
saved="$(sed -n 's/.*at step \([0-9]*\);.*/\1/p' "$work/err")"
check "SIGTERM twice saves the step it stopped at" [ "$(tail -1 "$work/run/metrics.csv" | cut -d, -f1)" = "${saved:-none}" ]
expect 0 "" -- "$cli" --version
check "--version names the program, its version and the commit" bash -c "'$cli' --version | grep -qE '^gan-studio-cli [0-9]+\.[0-9]+\.[0-9]+( \(git [^)]+\))?$'"
touch "$work/file"
expect 2 "not a folder" -- "${train[@]}" --out "$work/file"
expect 2 "name the IDX file" -- "$cli" sample --checkpoint "$work/run/checkpoint.pt" --out "$work/x.png"
: >"$work/empty.csv"
expect 2 "holds no cost rows" -- "$cli" divergence --p 0.5,0.5 --q 0.5,0.5 --cost "$work/empty.csv"
expect 2 "not a finite number" -- "$cli" divergence --p normal:nan,1 --q normal:0,1
expect 2 "whole number" -- "${train[@]}" --out "$work/seed" --seed -1
expect 2 "at most" -- "${train[@]}" --out "$work/seed" --seed 18446744073709551616
# Without --out a run goes to the library; runs list|show|rm|restore and export-gif work on it.
export GAN_STUDIO_RUNS="$work/library" XDG_DATA_HOME="$work/xdg"
expect 0 "run folder: $work/library/" -- "${train[@]}" --sample-every 1
run="$(ls "$work/library")"
check "a run without --out is recorded in the library" [ -s "$work/library/$run/grids.log" ]
check "runs list names it with its steps" bash -c "'$cli' runs list | grep -qE '^$run +gan-ns +ring +2 steps'"
check "runs show --json has its events" bash -c "'$cli' runs show --json '$run' | grep -q '\"kind\": \"state\"'"
expect 0 "3 frames" -- "$cli" export-gif --run "$run" --out "$work/samples.gif" --fps 4
check "export-gif writes a GIF" bash -c "head -c 6 '$work/samples.gif' | grep -q GIF89a"
expect 2 "needs --out" -- "$cli" export-gif --run "$run"
expect 2 "no sample grid recorded" -- "$cli" export-gif --run "$run" --out "$work/none.gif" --from 5
expect 2 "no such folder" -- "$cli" runs show nope
expect 0 "" -- "$cli" runs rm "$run"
check "runs rm moves it out of the library" [ ! -e "$work/library/$run" ]
expect 0 "" -- "$cli" runs restore "$work/xdg/Trash/files/$run"
check "runs restore brings it back whole" [ -s "$work/library/$run/grids.log" ]
# Sample quality needs an image model and a classifier; a toy run or no checkpoint is refused.
expect 2 "2D toy run" -- "$cli" evaluate --checkpoint "$work/run/checkpoint.pt"
expect 2 "needs --checkpoint" -- "$cli" evaluate
expect 2 "needs a path" -- "$cli" train --steps 2 --dataset folder:
expect 2 "not a folder" -- "$cli" train --steps 2 --out "$work/pictures" --dataset "folder:$work/none"
echo "cli: $((total - failures)) passed, $failures failed"
[ "$failures" = 0 ]
