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
# Sample quality measured every 1,000 steps, against the real baseline; Fashion-MNIST.
shoot --variant gan-ns --dataset mnist --train --exit-after-steps 2000 --quality --screenshot docs/screenshots/sample-quality.png
shoot --variant gan-ns --dataset fashion --train --exit-after-steps 1500 --screenshot docs/screenshots/fashion-mnist.png
# The image-only variants (extra networks) on MNIST, with their panels under the grid.
shoot --variant ebgan --dataset mnist --train --exit-after-steps 400 --screenshot docs/screenshots/variant-ebgan.png
shoot --variant infogan --dataset mnist --train --exit-after-steps 300 --screenshot docs/screenshots/variant-infogan.png
shoot --variant vaegan --dataset mnist --train --exit-after-steps 400 --screenshot docs/screenshots/variant-vaegan.png
shoot --variant bigan --dataset mnist --train --exit-after-steps 400 --screenshot docs/screenshots/variant-bigan.png
# The latent explorer as a new user first sees it: the bundled InfoGAN (resources/models/), digit 7
# with the code measured as slant at −2 and 2.
for slant in -2 2; do
  shoot --explore live --explore-code "cat=7,slant=$slant" --screenshot "docs/screenshots/explorer-bundled-7-slant_$slant.png"
done
# "Recover last run?" after a GUI killed while training: a modal dialog, so the picture comes from
# Xvfb's frame buffer (xwd_to_png.py) rather than from the GUI's --screenshot.
recovery() {
  local home
  home="$(mktemp -d)"
  mkdir -m 700 "$home/runtime"
  (
    export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/runtime" DISPLAY=:79
    Xvfb :79 -screen 0 1500x950x24 -fbdir "$home" >/dev/null 2>&1 &
    xvfb=$!
    until [ -e "$home/Xvfb_screen0" ]; do sleep 0.1; done
    "$gui" --variant gan-ns --dataset mnist --train --autosave-seconds 2 >/dev/null 2>&1 &
    local pid=$!
    until ls "$XDG_DATA_HOME"/gan-studio/runs/*/checkpoint.pt >/dev/null 2>&1; do sleep 0.2; done
    kill -9 $pid
    "$gui" >/dev/null 2>&1 &
    pid=$!
    sleep 6  # the window and its question drawn (a picture, not a synchronisation)
    python3 docs/screenshots/xwd_to_png.py "$home/Xvfb_screen0" docs/screenshots/recover-last-run.png 0 0 1400 860
    kill $pid $xvfb
  )
  rm -rf "$home"
}
recovery
# The run library: three short runs that differ in one setting each, the scrubber mid-run with the
# Runs panel open, and the three overlaid.
library() {
  local home
  home="$(mktemp -d)"
  (
    export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" GAN_STUDIO_RUNS="$home/runs"
    cli=build/app/gan-studio-cli
    $cli train --variant gan-ns --steps 600 --sample-every 20 --out "$home/runs/baseline" 2>/dev/null
    $cli train --variant gan-ns --steps 600 --sample-every 20 --set learning_rate_g=0.0001 --out "$home/runs/slower-G" 2>/dev/null
    $cli train --variant gan-ns --steps 600 --sample-every 20 --seed 2 --out "$home/runs/seed-2" 2>/dev/null
    shoot --variant gan-ns --dataset mnist --train --exit-after-steps 400 --scrub-to 150 --runs \
      --screenshot docs/screenshots/runs-panel-scrubber.png
    shoot --overlay baseline,slower-G,seed-2 --screenshot docs/screenshots/runs-overlay.png
  )
  rm -rf "$home"
}
library
variants=("$@")
[ ${#variants[@]} -gt 0 ] || mapfile -t variants < <(build/app/gan-studio-cli variants | cut -f1)
for v in "${variants[@]}"; do
  case "$v" in ebgan|infogan|vaegan|bigan) continue ;; esac
  shoot --variant "$v" --dataset ring --train --exit-after-steps 1000 --screenshot "docs/screenshots/variant-$v.png"
done
