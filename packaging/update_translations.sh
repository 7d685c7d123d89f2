#!/bin/sh
# Regenerate the Qt Linguist sources from the GUI's code, then compile them (what a build does).
#   packaging/update_translations.sh           lupdate (keeps translations, drops vanished messages) + lrelease
#   packaging/update_translations.sh release   lrelease only
# Translate the new messages with pyside6-linguist (or in the .ts XML), then run it again.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${PYSIDE6_BIN:-$(dirname "$(command -v python3)")}
[ -x "$ROOT/.venv/bin/pyside6-lupdate" ] && BIN="$ROOT/.venv/bin"
TS_DIR="$ROOT/src/reviewdesk/gui/resources/translations"
cd "$ROOT/src"
if [ "${1:-}" != "release" ]; then
    SOURCES=$(find reviewdesk/gui -name '*.py' | sort)
    for lang in fr es; do
        # shellcheck disable=SC2086  # one argument per file
        "$BIN/pyside6-lupdate" -no-obsolete -locations none -source-language en -target-language "$lang" $SOURCES -ts "$TS_DIR/reviewdesk_$lang.ts"
    done
fi
for lang in fr es; do
    "$BIN/pyside6-lrelease" "$TS_DIR/reviewdesk_$lang.ts" -qm "$TS_DIR/reviewdesk_$lang.qm"
done
