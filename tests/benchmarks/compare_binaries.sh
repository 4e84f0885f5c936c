#!/usr/bin/env bash
# Speed of two builds of gan-studio-cli and the Python peer, alternating, in one command (the
# machine's speed drifts, so before/after and the peer are measured round by round, alone).
#   tests/benchmarks/compare_binaries.sh OLD_CLI NEW_CLI [VARIANT] [BATCH] [PEER_SCRIPT]
# e.g. tests/benchmarks/compare_binaries.sh /tmp/cli-old build/app/gan-studio-cli gan-ns 64 ../shared/bench/peer_dcgan.py
set -euo pipefail
old="$1" new="$2" variant="${3:-gan-ns}" batch="${4:-64}" peer="${5:-}"
steps=60
speed() { grep -o '"train_steps_per_s": *[0-9.]*' | grep -o '[0-9.]*$'; }
for round in 1 2 3; do
  a="$("$old" bench --variant "$variant" --batch "$batch" --steps "$steps" | speed)"
  b="$("$new" bench --variant "$variant" --batch "$batch" --steps "$steps" | speed)"
  p=""
  [ -n "$peer" ] && p="$(OPENBLAS_NUM_THREADS=1 /usr/bin/python3 "$peer" --threads 2 --steps "$steps" --batch "$batch" | speed)"
  echo "round $round: old $a  new $b${p:+  peer $p}"
done
