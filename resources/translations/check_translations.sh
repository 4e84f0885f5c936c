#!/usr/bin/env bash
# Fails when a user-visible string has no Simplified Chinese translation: runs lupdate over the
# current sources (ui/, the GUI's app/ files, and the engine's catalog strings written afresh by
# gan-studio-engine-strings) into a copy of the committed .ts and lists every source string that
# comes out unfinished or empty. Run by ctest.
#   check_translations.sh LUPDATE ENGINE_STRINGS_PROGRAM
set -euo pipefail
lupdate="$1"
engine_strings="$2"
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$engine_strings" "$work/engine_strings.cpp"
if ! cmp -s "$work/engine_strings.cpp" resources/translations/engine_strings.cpp; then
  echo "check_translations: the engine's strings changed; run: cmake --build build --target update_translations" >&2
  diff resources/translations/engine_strings.cpp "$work/engine_strings.cpp" | head -20 >&2
  exit 1
fi
cp resources/translations/gan-studio_zh_CN.ts "$work/zh_CN.ts"
"$lupdate" -locations none -no-obsolete -silent ui app/gui_main.cpp app/gui_options.cpp app/gui_scripts.cpp \
  "$work/engine_strings.cpp" -ts "$work/zh_CN.ts" 2>/dev/null
python3 - "$work/zh_CN.ts" <<'PY'
import sys, xml.etree.ElementTree as ET
missing = []
for context in ET.parse(sys.argv[1]).getroot():
    for message in context.findall('message'):
        translation = message.find('translation')
        text = ''.join(translation.itertext()).strip()
        if translation.get('type') in ('unfinished', 'vanished', 'obsolete') or not text:
            missing.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
if missing:
    print(f"check_translations: {len(missing)} string(s) without a zh_CN translation "
          "(cmake --build build --target update_translations, then translate them in "
          "resources/translations/gan-studio_zh_CN.ts):", file=sys.stderr)
    print('\n'.join(missing[:40]), file=sys.stderr)
    sys.exit(1)
print("check_translations: every string has a zh_CN translation")
PY
