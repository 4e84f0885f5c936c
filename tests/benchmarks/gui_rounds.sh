#!/usr/bin/env bash
# The GUI's cost to training: GUI training with its live plots, grid and recording against the
# CLI's `train`, same variant, steps and threads, in alternating rounds (A B B A …) from one command,
# because the machine's speed drifts from minute to minute. Run alone.
#   tests/benchmarks/gui_rounds.sh [BUILD_DIR] [STEPS] [ROUNDS]
set -euo pipefail
build="${1:-build}" steps="${2:-2000}" rounds="${3:-3}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
export GAN_STUDIO_RUNS="$out/library"  # the GUI's recorded runs go here, not into the user's library
gui() {
  xvfb-run -a "$build/app/gan-studio" --train --variant gan-ns --dataset mnist --autosave-seconds 0 \
    --exit-after-steps "$steps" | grep -o '"train_steps_per_s":[0-9.]*' | grep -o '[0-9.]*$'
}
cli() {
  "$build/app/gan-studio-cli" train --variant gan-ns --dataset mnist --steps "$steps" --out "$out/cli$round" 2>&1 |
    grep -o '([0-9.]* steps/s)' | grep -o '[0-9.]*'
}
total_gui=0 total_cli=0
for round in $(seq "$rounds"); do
  if ((round % 2)); then g=$(gui) c=$(cli); else c=$(cli) g=$(gui); fi
  echo "round $round gui $g cli $c gui/cli $(awk -v g="$g" -v c="$c" 'BEGIN { printf "%.3f", g / c }')"
  total_gui=$(awk -v a="$total_gui" -v b="$g" 'BEGIN { print a + b }')
  total_cli=$(awk -v a="$total_cli" -v b="$c" 'BEGIN { print a + b }')
done
echo "all rounds: gui/cli $(awk -v g="$total_gui" -v c="$total_cli" 'BEGIN { printf "%.3f", g / c }')"
