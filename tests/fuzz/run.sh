#!/usr/bin/env bash
# A long fuzz campaign: every harness until it has run RUNS inputs (the checkpoint reader, whose
# inputs cost ~100x more, a hundredth of them), on the fuzz preset's build. New inputs that add
# coverage are merged into the kept corpus afterwards (tests/fuzz/corpus/, small files only).
#   tests/fuzz/run.sh [RUNS] [HARNESS…]      (default 1000000, every harness)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-1000000}"
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || mapfile -t harnesses < <(ls tests/fuzz/corpus)
cmake --preset fuzz >/dev/null && cmake --build --preset fuzz >/dev/null
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
# Storage a damaged pickle asks LibTorch for beyond 1 GiB is refused (c10 throws, as in the app).
export ASAN_OPTIONS="allocator_may_return_null=1:max_allocation_size_mb=1024${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '%-16s %12s %8s %10s %s\n' harness runs edges seconds result
for name in "${harnesses[@]}"; do
  n="$runs"
  [ "$name" = checkpoint ] && n=$((runs / 100))
  mkdir -p "$work/$name"
  start=$(date +%s)
  result=clean
  build-fuzz/tests/fuzz/"fuzz_$name" "$work/$name" "tests/fuzz/corpus/$name" -runs="$n" -timeout=20 \
    -rss_limit_mb=4096 -malloc_limit_mb=2048 -artifact_prefix="$work/$name-" -print_final_stats=1 2>"$work/$name.log" || result="FINDING (see $name.log)"
  [ "$result" = clean ] || cp "$work/$name.log" "$work/$name-"* . 2>/dev/null || true
  build-fuzz/tests/fuzz/"fuzz_$name" -merge=1 -max_len=65536 "tests/fuzz/corpus/$name" "$work/$name" >/dev/null 2>&1 || true
  printf '%-16s %12s %8s %10s %s\n' "$name" \
    "$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$name.log" | grep -o '[0-9]*$')" \
    "$(grep -o 'cov: [0-9]*' "$work/$name.log" | tail -1 | grep -o '[0-9]*')" "$(($(date +%s) - start))" "$result"
done
