#!/usr/bin/env bash
# The fuzz smoke run ctest and CI use: builds the `fuzz` preset (clang 14, ASan + UBSan), replays
# every harness's corpus, then mutates for a few seconds each. Any crash, sanitizer report, leak
# or hang fails it (libFuzzer exits non-zero and prints the input).
#   tests/fuzz/smoke.sh [SECONDS_PER_HARNESS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-5}"
if ! command -v clang++-14 >/dev/null; then
  echo "fuzz smoke: clang++-14 is missing (packaging/install_deps.sh installs it)" >&2
  exit 1
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for harness in tests/fuzz/corpus/*/; do
  name="$(basename "$harness")"
  mkdir -p "$work/$name"
  # New inputs go to the scratch folder; the kept corpus is only read.
  build-fuzz/tests/fuzz/"fuzz_$name" "$work/$name" "$harness" -max_total_time="$seconds" -timeout=20 \
    -rss_limit_mb=4096 -artifact_prefix="$work/" -print_final_stats=1 2>"$work/$name.log" || {
    tail -40 "$work/$name.log"
    echo "fuzz smoke: fuzz_$name failed; the input is in the log above" >&2
    exit 1
  }
  echo "fuzz_$name: $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$name.log" | grep -o '[0-9]*$') runs," \
    "$(grep -o 'cov: [0-9]*' "$work/$name.log" | tail -1) edges, no finding"
done
