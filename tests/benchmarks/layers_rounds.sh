#!/usr/bin/env bash
# The oneDNN layers against LibTorch's own paths (bench --layers), with the Python peers, in
# alternating rounds from one command (the machine's speed drifts from minute to minute). Run alone.
#   tests/benchmarks/layers_rounds.sh [CLI] [PEERS_DIR]
set -euo pipefail
cli="${1:-build/app/gan-studio-cli}" peers="${2:-../shared/bench}"
speed() { grep -o '"train_steps_per_s": *[0-9.]*' | grep -o '[0-9.]*$'; }
peer() { OPENBLAS_NUM_THREADS=1 /usr/bin/python3 "$peers/$1" --threads 2 "${@:2}" | speed; }
paper=(--variant infogan --batch 128 --set channels=64 --set g_hidden=1024)
"$cli" bench --peak
for round in 1 2 3; do
  echo "round $round"
  echo "gan-ns libtorch $("$cli" bench --steps 60 --layers libtorch | speed) onednn $("$cli" bench --steps 60 | speed)" \
    "peer $(peer peer_dcgan.py --steps 60)"
  echo "infogan libtorch $("$cli" bench --variant infogan --batch 128 --steps 60 --layers libtorch | speed)" \
    "onednn $("$cli" bench --variant infogan --batch 128 --steps 60 | speed)"
  echo "infogan-paper libtorch $("$cli" bench "${paper[@]}" --steps 20 --layers libtorch | speed)" \
    "onednn $("$cli" bench "${paper[@]}" --steps 20 | speed) peer $(peer peer_infogan.py --steps 20 --batch 128)"
done
for variant in bigan vaegan; do
  echo "$variant libtorch $("$cli" bench --variant $variant --steps 40 --layers libtorch | speed)" \
    "onednn $("$cli" bench --variant $variant --steps 40 | speed)"
done
