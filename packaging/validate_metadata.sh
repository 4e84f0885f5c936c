#!/usr/bin/env bash
# The desktop entry and the AppStream metadata as desktop environments and software centres read
# them: desktop-file-validate (desktop-file-utils) and appstreamcli (appstream), offline. Run by ctest.
set -euo pipefail
cd "$(dirname "$0")"
desktop-file-validate gan-studio.desktop
appstreamcli validate --no-net --pedantic io.github.gan_studio.GanStudio.metainfo.xml
# Every icon size the hicolor theme gets exists, and the entry names that icon.
for size in 16 32 48 64 128 256; do
  [ -s "../resources/icons/hicolor/${size}x${size}/apps/gan-studio.png" ] || { echo "missing ${size}px icon" >&2; exit 1; }
done
grep -qx 'Icon=gan-studio' gan-studio.desktop
echo "desktop entry, metainfo and icons: valid"
