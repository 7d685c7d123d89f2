#!/bin/sh
# Regenerate the Qt Linguist sources from the GUI's code, then compile them (what a build does).
#   packaging/update_translations.sh           lupdate (keeps translations, drops vanished messages) + lrelease
#   packaging/update_translations.sh release   lrelease only
#   PYSIDE6_BIN=/path/to/venv/bin packaging/update_translations.sh   (the tools of another venv)
# Translate the new messages with pyside6-linguist (or in the .ts XML), then run it again.
# Code moved to another class: packaging/carry_translations.py carries its translations to the new context.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# PySide6's tools: $PYSIDE6_BIN, else the checkout's venv (bootstrap.sh), else PATH.
if [ -n "${PYSIDE6_BIN:-}" ]; then BIN=$PYSIDE6_BIN
elif [ -x "$ROOT/.venv/bin/pyside6-lupdate" ]; then BIN="$ROOT/.venv/bin"
else BIN=$(dirname "$(command -v pyside6-lupdate || echo /missing/pyside6-lupdate)")
fi
TS_DIR="$ROOT/src/reviewdesk/gui/resources/translations"
cd "$ROOT/src"
if [ "${1:-}" != "release" ]; then
    SOURCES=$(find reviewdesk/gui -name '*.py' | sort)
    # No line numbers in the .ts: an edit elsewhere in a file then changes nothing in them (clean merges).
    for lang in fr es; do
        # shellcheck disable=SC2086  # one argument per file
        "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -source-language en -target-language "$lang" \
            $SOURCES -ts "$TS_DIR/reviewdesk_$lang.ts"
    done
    # English is the source language: only its plural forms need a translation ("1 question", "2 questions").
    # shellcheck disable=SC2086
    "$BIN/pyside6-lupdate" -silent -no-obsolete -locations none -pluralonly -source-language en -target-language en \
        $SOURCES -ts "$TS_DIR/reviewdesk_en.ts"
fi
for lang in en fr es; do
    "$BIN/pyside6-lrelease" -silent "$TS_DIR/reviewdesk_$lang.ts" -qm "$TS_DIR/reviewdesk_$lang.qm"
done
