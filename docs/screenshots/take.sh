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
# The image-only variants (extra networks) on MNIST, with their panels under the grid.
shoot --variant ebgan --dataset mnist --train --exit-after-steps 400 --screenshot docs/screenshots/variant-ebgan.png
shoot --variant infogan --dataset mnist --train --exit-after-steps 300 --screenshot docs/screenshots/variant-infogan.png
shoot --variant vaegan --dataset mnist --train --exit-after-steps 400 --screenshot docs/screenshots/variant-vaegan.png
shoot --variant bigan --dataset mnist --train --exit-after-steps 400 --screenshot docs/screenshots/variant-bigan.png
# The latent explorer on a trained InfoGAN (INFOGAN_CHECKPOINT, e.g. from
# `gan-studio-cli train --variant infogan --steps 10000 --out run-infogan`): categories labelled
# with the test digits, digit 3 with its slant code (c2 in the run we kept) at −2, 0 and 2.
if [ -n "${INFOGAN_CHECKPOINT:-}" ]; then
  for slant in -2 0 2; do
    shoot --explore "$INFOGAN_CHECKPOINT" --explore-label --explore-code "cat=3,c2=$slant" \
      --screenshot "docs/screenshots/explorer-digit3-slant_$slant.png"
  done
fi
variants=("$@")
[ ${#variants[@]} -gt 0 ] || mapfile -t variants < <(build/app/gan-studio-cli variants | cut -f1)
for v in "${variants[@]}"; do
  case "$v" in ebgan|infogan|vaegan|bigan) continue ;; esac
  shoot --variant "$v" --dataset ring --train --exit-after-steps 1000 --screenshot "docs/screenshots/variant-$v.png"
done
