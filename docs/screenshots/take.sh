#!/usr/bin/env bash
# Retakes the README's screenshots: the GUI under Xvfb, as a user sees it after some training.
#   docs/screenshots/take.sh [variant …]     (default: all variants)
set -euo pipefail
cd "$(dirname "$0")/../.."
gui=build/app/gan-studio
shoot() { xvfb-run -a -s "-screen 0 1500x950x24" "$gui" "$@" 2>/dev/null; }

shoot --variant gan-ns --dataset mnist --train --exit-after-steps 1500 --screenshot docs/screenshots/main-window.png
shoot --compare gan-ns,wgan-gp,lsgan,fgan-kl --dataset ring --exit-after-steps 1500 --screenshot docs/screenshots/compare-ring.png
variants=("$@")
[ ${#variants[@]} -gt 0 ] || mapfile -t variants < <(build/app/gan-studio-cli variants | cut -f1)
for v in "${variants[@]}"; do
  shoot --variant "$v" --dataset ring --train --exit-after-steps 1000 --screenshot "docs/screenshots/variant-$v.png"
done
