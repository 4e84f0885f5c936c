#!/usr/bin/env bash
# Retakes the README's screenshots: the GUI under Xvfb, as a user sees it after some training.
#   docs/screenshots/take.sh [variant …]     (default: all variants)
set -euo pipefail
cd "$(dirname "$0")/../.."
gui=build/app/gan-studio
shoot() { xvfb-run -a -s "-screen 0 1500x950x24" "$gui" "$@" 2>/dev/null; }

shoot --variant gan-ns --dataset mnist --train --exit-after-steps 1500 --screenshot docs/screenshots/main-window.png
shoot --compare gan-ns,wgan-gp,lsgan,fgan-kl --dataset ring --exit-after-steps 1500 --screenshot docs/screenshots/compare-ring.png
shoot --variant gan-ns --dataset ring --train --exit-after-steps 1500 --screenshot docs/screenshots/toy-lab-ring.png
shoot --variant lsgan --dataset grid --train --exit-after-steps 2000 --screenshot docs/screenshots/toy-lab-grid.png
shoot --lab 4 --screenshot docs/screenshots/divergence-lab-sweep.png
shoot --lab 3 --screenshot docs/screenshots/divergence-lab-emd-plan.png
variants=("$@")
[ ${#variants[@]} -gt 0 ] || mapfile -t variants < <(build/app/gan-studio-cli variants | cut -f1)
for v in "${variants[@]}"; do
  shoot --variant "$v" --dataset ring --train --exit-after-steps 1000 --screenshot "docs/screenshots/variant-$v.png"
done
