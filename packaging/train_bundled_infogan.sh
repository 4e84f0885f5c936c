#!/usr/bin/env bash
# Retrains the InfoGAN shipped in resources/models/infogan-mnist.pt from scratch, with a fixed seed
# and the default recipe, and prints its category accuracy on all 10,000 test digits and the codes'
# measured names. Alone on a 2-core machine it takes about as long as the step count below says
# (~10 steps/s); the result differs in the last digits from machine to machine (float kernels).
#   packaging/train_bundled_infogan.sh [STEPS]   (default 12000)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="${GAN_STUDIO_CLI:-$root/build/app/gan-studio-cli}"
steps="${1:-12000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$cli" train --variant infogan --seed 1 --steps "$steps" --sample-every 1000 --out "$work/run"
"$cli" infogan-eval --checkpoint "$work/run/checkpoint.pt" | tee "$work/eval.json"
mkdir -p "$root/resources/models"
"$cli" export-generator --checkpoint "$work/run/checkpoint.pt" --out "$root/resources/models/infogan-mnist.pt"
cp "$work/eval.json" "$root/resources/models/infogan-mnist.json"
ls -l "$root/resources/models/infogan-mnist.pt"
