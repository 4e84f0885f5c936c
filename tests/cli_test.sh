#!/usr/bin/env bash
# gan-studio-cli as a script uses it: a run's folder is never overwritten by accident, bad input
# exits 2 with a one-line message naming what is wrong. Run by ctest with the CLI's path.
set -uo pipefail
cli="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
expect() {  # expect CODE TEXT -- command…: the exit code, and TEXT in its stderr ("" for none)
  local code="$1" text="$2"
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
touch "$work/file"
expect 2 "not a folder" -- "${train[@]}" --out "$work/file"
expect 2 "name the IDX file" -- "$cli" sample --checkpoint "$work/run/checkpoint.pt" --out "$work/x.png"
: >"$work/empty.csv"
expect 2 "holds no cost rows" -- "$cli" divergence --p 0.5,0.5 --q 0.5,0.5 --cost "$work/empty.csv"
expect 2 "outside" -- "$cli" divergence --p normal:nan,1 --q normal:0,1
expect 2 "whole number" -- "${train[@]}" --out "$work/seed" --seed -1
expect 2 "at most" -- "${train[@]}" --out "$work/seed" --seed 18446744073709551616
echo "cli: $((10 - failures)) passed, $failures failed"
[ "$failures" = 0 ]
