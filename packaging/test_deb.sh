#!/usr/bin/env bash
# Builds the .deb from a build tree, unpacks it into a scratch root (dpkg -x: no container, nothing
# installed system-wide) and runs what it installed: --version, `paths` (the shipped models must be
# found inside the scratch root, not in the source tree), a 5-step training run, a sample from the
# bundled InfoGAN, the man pages, the bash completion, and the GUI with --screenshot under Xvfb.
# Prints the package's size and Depends, and lintian's findings when lintian is installed.
#   packaging/test_deb.sh [build-dir]      (ctest runs it; CI therefore does too)
set -euo pipefail
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$src/build}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "test_deb: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" >/dev/null
deb="$(ls "$work"/pkg/gan-studio_*_amd64.deb)"
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
echo "Depends: $(dpkg-deb --field "$deb" Depends)"
dpkg-deb --field "$deb" Depends | grep -q 'libtorch' || fail "Depends lacks libtorch (dpkg-shlibdeps)"

root="$work/root"
dpkg -x "$deb" "$root"
cli="$root/usr/bin/gan-studio-cli"
# Nothing from the build or source tree may stand in for what the package ships.
export GAN_STUDIO_RUNS="$work/runs" XDG_DATA_HOME="$work/xdg" HOME="$work/home"
unset GAN_STUDIO_RESOURCES
"$cli" --version | grep -q '^gan-studio-cli [0-9]' || fail "--version"
bundled="$("$cli" paths --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["bundled_infogan"])')"
[ "$bundled" = "$root/usr/share/gan-studio/models/infogan-mnist.pt" ] || fail "bundled model found at '$bundled'"

# MNIST comes from the build tree's data folder, as a user's GAN_STUDIO_DATA would point to it.
export GAN_STUDIO_DATA="$src/data"
"$cli" --threads 1 train --variant gan-ns --steps 5 --out "$work/run" >/dev/null
[ -s "$work/run/checkpoint.pt" ] || fail "the 5-step run saved no checkpoint"
"$cli" --threads 1 sample --checkpoint "$bundled" --code digit=7 --count 16 --out "$work/sevens.idx" >/dev/null
[ -s "$work/sevens.png" ] || fail "no samples from the bundled InfoGAN"

for page in gan-studio gan-studio-cli; do
  zcat "$root/usr/share/man/man1/$page.1.gz" | grep -q '^\.SH DESCRIPTION' || fail "man page of $page"
done
zcat "$root/usr/share/man/man1/gan-studio-cli.1.gz" | grep -q -- 'checkpoint\\-every' || fail "man page lacks train's options"
completion="$root/usr/share/bash-completion/completions/gan-studio-cli"
words="$(bash -c "source '$completion'; COMP_WORDS=(gan-studio-cli train --va); COMP_CWORD=2; _gan_studio_cli; echo \${COMPREPLY[*]}")"
[ "$words" = "--variant" ] || fail "bash completion of 'train --va' gave '$words'"

shot="$work/window.png"
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
  timeout 300 "$root/usr/bin/gan-studio" --train --variant gan-ns --exit-after-steps 3 --screenshot "$shot" >/dev/null 2>"$work/gui.log" ||
  { cat "$work/gui.log" >&2; fail "the installed GUI failed"; }
[ -s "$shot" ] || fail "the installed GUI wrote no screenshot"
[ -n "${KEEP_SCREENSHOT:-}" ] && cp "$shot" "$KEEP_SCREENSHOT"

if command -v lintian >/dev/null; then
  echo "lintian:"
  lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v 'root privileges' | sed 's/^/  /' || true
fi
echo "test_deb: the package installs and its programs run"
