#!/usr/bin/env bash
# How training cost grows with work: steps/s, samples/s and peak RSS for batch 16…512 (gan-ns's
# DCGAN and the compact InfoGAN) and width 16…128 (InfoGAN's `channels`, batch 128), one process per
# point so each peak RSS is that point's own. Prints a Markdown table; run it alone (~5 minutes).
#   tests/benchmarks/scaling.sh [CLI] [STEPS]
set -euo pipefail
cli="${1:-build/app/gan-studio-cli}" steps="${2:-12}"
field() { grep -o "\"$1\": *[0-9.e+-]*" | grep -o '[0-9.e+-]*$'; }
point() {  # variant batch label [--set …]
  local variant="$1" batch="$2" label="$3"
  shift 3
  local json
  json="$("$cli" bench --variant "$variant" --batch "$batch" --steps "$steps" "$@")"
  printf '| %s | %s | %s | %.2f | %.0f | %.0f |\n' "$variant" "$label" "$batch" \
    "$(field train_steps_per_s <<<"$json")" "$(field samples_per_s <<<"$json")" "$(field peak_rss_mib <<<"$json")"
}
echo "| variant | width | batch | steps/s | samples/s | peak RSS MiB |"
echo "|---|---|---|---|---|---|"
for batch in 16 32 64 128 256 512; do point gan-ns "$batch" "DCGAN (128/64)"; done
for batch in 16 32 64 128 256 512; do point infogan "$batch" 32; done
for width in 16 32 64 128; do point infogan 128 "$width" --set channels="$width"; done
