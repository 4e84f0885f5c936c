#!/usr/bin/env bash
# Runs the test suite under every CPU kernel set LibTorch can pick on this machine
# (ATEN_CPU_CAPABILITY = default, avx2, avx512) with 1 and 2 threads, then the learning tests once
# more with learning switched off, and prints a table: each learning test's value under each
# combination, its bound, the smallest margin to that bound, and the value with learning off
# (which must fail the bound). Exits 1 if any combination fails a test or any control passes.
#
#   tests/run_portability.sh                  whole suite per combination (6 x 3-5 min on 2 cores)
#   tests/run_portability.sh --learning-only  only the [learning] tests (6 x 1-2 min)
#   BUILD_DIR=build-x tests/run_portability.sh
#
# Run it alone: two LibTorch processes on 2 cores slow each other several-fold.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
build="${BUILD_DIR:-build}"
learning_only=0
for arg in "$@"; do
  case "$arg" in
    --learning-only) learning_only=1 ;;
    *) echo "run_portability.sh: unknown option '$arg' (expected --learning-only)" >&2; exit 2 ;;
  esac
done
engine_tests="$build/tests/engine_tests"
[ -x "$engine_tests" ] || { echo "run_portability.sh: $engine_tests not found; build first (cmake --workflow --preset default)" >&2; exit 2; }

# ATen's avx512 kernels need AVX-512 F, BW, VL and DQ; it falls back silently otherwise, so a
# combination the CPU cannot run is skipped rather than run twice under a misleading name.
capabilities=(default)
grep -qw avx2 /proc/cpuinfo && capabilities+=(avx2)
grep -qw avx512f /proc/cpuinfo && grep -qw avx512bw /proc/cpuinfo && grep -qw avx512vl /proc/cpuinfo &&
  grep -qw avx512dq /proc/cpuinfo && capabilities+=(avx512)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0
columns=()

for capability in "${capabilities[@]}"; do
  for threads in 1 2; do
    column="$capability/$threads"
    columns+=("$column")
    report="$work/$capability-$threads.tsv"
    log="$work/$capability-$threads.log"
    echo "== ATEN_CPU_CAPABILITY=$capability OMP_NUM_THREADS=$threads" >&2
    export ATEN_CPU_CAPABILITY="$capability" OMP_NUM_THREADS="$threads" GAN_STUDIO_LEARNING_REPORT="$report"
    if [ "$learning_only" = 1 ]; then
      "$engine_tests" "[learning]" >"$log" 2>&1
    else
      # ctest's own copies of the learning tests pin ATEN_CPU_CAPABILITY=default; here the
      # combination decides, so they are left out.
      ctest --test-dir "$build" --output-on-failure -E 'ATEN_CPU_CAPABILITY=default' >"$log" 2>&1
    fi
    status=$?
    tail -n 3 "$log" >&2
    if [ "$status" != 0 ]; then
      failed=1
      echo "   FAILED under $column (log follows)" >&2
      grep -E "FAILED|Failed|with expansion|REQUIRE|CHECK|->" "$log" | head -n 40 >&2
    fi
    awk -v c="$column" -F'\t' '{ print c "\t" $0 }' "$report" >>"$work/all.tsv" 2>/dev/null
  done
done

echo "== learning switched off (native kernels, 2 threads): every learning test must fail" >&2
unset ATEN_CPU_CAPABILITY
export OMP_NUM_THREADS=2 GAN_STUDIO_TEST_LEARNING=off GAN_STUDIO_LEARNING_REPORT="$work/off.tsv"
"$engine_tests" "[learning]" >"$work/off.log" 2>&1
awk -F'\t' '{ print "off\t" $0 }' "$work/off.tsv" >>"$work/all.tsv" 2>/dev/null
unset GAN_STUDIO_TEST_LEARNING

# One row per learning test: value under each combination, bound, smallest margin, value when off.
awk -F'\t' -v columns="${columns[*]}" '
  function passes(v, rel, b) { return rel == "<" ? v < b : v > b }
  function margin(v, rel, b) { return rel == "<" ? b - v : v - b }
  {
    name = $2; key = $1 SUBSEP name
    value[key] = $3; relation[name] = $4; bound[name] = $5
    if (!(name in seen)) { seen[name] = 1; order[++n] = name }
  }
  END {
    count = split(columns, col, " ")
    printf "| learning test | bound |"
    for (i = 1; i <= count; i++) printf " %s |", col[i]
    printf " smallest margin | learning off |\n|---|---|"
    for (i = 1; i <= count; i++) printf "---|"
    printf "---|---|\n"
    bad = 0
    for (t = 1; t <= n; t++) {
      name = order[t]; rel = relation[name]; b = bound[name]
      printf "| %s | %s %s |", name, rel, b
      smallest = ""
      for (i = 1; i <= count; i++) {
        key = col[i] SUBSEP name
        if (!(key in value)) { printf " - |"; bad = 1; continue }
        v = value[key]; m = margin(v, rel, b)
        if (smallest == "" || m < smallest) smallest = m
        printf " %s%s |", v, passes(v, rel, b) ? "" : " FAIL"
      }
      off = ("off" SUBSEP name) in value ? value["off" SUBSEP name] : "-"
      if (off == "-" || passes(off, rel, b)) bad = 1
      printf " %.3g | %s%s |\n", smallest, off, (off != "-" && !passes(off, rel, b)) ? " (fails, as it must)" : " PASSES: the test proves nothing"
    }
    exit bad
  }' "$work/all.tsv"
table_status=$?

if [ "$failed" = 0 ] && [ "$table_status" = 0 ]; then
  echo "portability: every combination passed and every learning test fails with learning off" >&2
  exit 0
fi
echo "portability: FAILED (see above)" >&2
exit 1
