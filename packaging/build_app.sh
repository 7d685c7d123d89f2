#!/usr/bin/env bash
# Builds ReviewDesk as a one-folder application with PyInstaller (packaging/pyinstaller/reviewdesk.spec):
#   bash packaging/build_app.sh [DIST_DIR]     default dist/ in the checkout; prints the bundle's size
# Needs the test extra (`pip install -e ".[test]"`, as bootstrap.sh test does), which brings PyInstaller.
# Environment: PYTHON (default .venv/bin/python), REVIEWDESK_BUILD_DIR (PyInstaller's work folder,
# default build/pyinstaller).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
python=${PYTHON:-$root/.venv/bin/python}
dist=$(realpath -m "${1:-$root/dist}")
work=$(realpath -m "${REVIEWDESK_BUILD_DIR:-$root/build/pyinstaller}")

# Translations: Qt Linguist sources compiled to .qm next to them (the bundle takes only the .qm),
# when a source is newer than its compiled file.
lrelease=$(dirname "$python")/pyside6-lrelease
while IFS= read -r -d '' ts; do
  qm=${ts%.ts}.qm
  if [ ! -e "$qm" ] || [ "$ts" -nt "$qm" ]; then
    "$lrelease" -silent "$ts" -qm "$qm"
  fi
done < <(find src/reviewdesk -path '*/translations/*.ts' -print0)

"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/pyinstaller/reviewdesk.spec

app=$dist/reviewdesk
[ -d "$dist/ReviewDesk.app" ] && app=$dist/ReviewDesk.app
echo "bundle: $app ($(du -sh "$app" | cut -f1), $(find "$app" -type f | wc -l) files)"
