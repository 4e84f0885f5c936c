#!/usr/bin/env bash
# Checks the rule of docs/architecture.md: a file in engine/<layer>/ includes only its own layer
# and the layers below it. Prints each include that breaks it and exits 1; prints a count and
# exits 0 otherwise. Run by ctest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Rank of each layer: a file may include a layer of lower rank, or its own layer.
declare -A rank=([math]=0 [core]=1 [data]=2 [nets]=2 [objectives]=2 [variants]=3 [training]=4 [explore]=5 [quality]=5)
broken=0
checked=0
while IFS= read -r file; do
  layer="$(echo "$file" | cut -d/ -f2)"
  [ -n "${rank[$layer]:-}" ] || continue
  while IFS= read -r target; do
    checked=$((checked + 1))
    [ "$target" = "$layer" ] && continue
    if [ -z "${rank[$target]:-}" ] || [ "${rank[$target]}" -ge "${rank[$layer]}" ]; then
      echo "$file: includes engine/$target/ from the $layer layer (see docs/architecture.md)"
      broken=1
    fi
  done < <(sed -n 's|^#include "engine/\([a-z_]*\)/.*|\1|p' "$file")
done < <(find engine -mindepth 2 -name '*.h' -o -mindepth 2 -name '*.cpp' | sort)
# math/ is below everything and LibTorch-free: it includes no other layer at all.
if grep -l '#include "engine/' engine/math/* | xargs -r grep -H '#include "engine/' | grep -v '"engine/math/'; then
  broken=1
fi
[ "$broken" = 0 ] && echo "layers: $checked engine includes checked, none reaches upwards"
exit "$broken"
