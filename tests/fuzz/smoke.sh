#!/usr/bin/env bash
# The fuzz smoke run ctest and CI use: builds the `fuzz` preset (clang 14, ASan + UBSan), replays
# every harness's corpus, then mutates for a few seconds each (the checkpoint reader: replay only). Any crash, sanitizer report, leak
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
# LibTorch's unpickler allocates what a damaged checkpoint's pickle asks for: storage beyond
# 1 GiB is refused (c10 then throws, as the app reports it), not a finding of ours.
export ASAN_OPTIONS="allocator_may_return_null=1:max_allocation_size_mb=1024${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
for harness in tests/fuzz/corpus/*/; do
  name="$(basename "$harness")"
  mkdir -p "$work/$name"
  # The checkpoint reader only replays its corpus here: its mutations reach LibTorch's unpickler,
  # whose allocations a crafted pickle can drive past any limit (run.sh fuzzes it at length).
  # A fixed seed: CI replays the mutations that were run here (a slower machine, a prefix of
  # them), so a finding is reproducible and never a coin toss; run.sh explores with fresh seeds.
  mutate=(-max_total_time="$seconds" -seed=1)
  [ "$name" = checkpoint ] && mutate=(-runs=0)
  # New inputs go to the scratch folder; the kept corpus is only read.
  build-fuzz/tests/fuzz/"fuzz_$name" "$work/$name" "$harness" "${mutate[@]}" -timeout=20 \
    -rss_limit_mb=4096 -malloc_limit_mb=2048 -artifact_prefix="$work/" -print_final_stats=1 2>"$work/$name.log" || {
    tail -40 "$work/$name.log"
    echo "fuzz smoke: fuzz_$name failed; the input is in the log above" >&2
    exit 1
  }
  echo "fuzz_$name: $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$name.log" | grep -o '[0-9]*$') runs," \
    "$(grep -o 'cov: [0-9]*' "$work/$name.log" | tail -1) edges, no finding"
done
