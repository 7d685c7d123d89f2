#!/usr/bin/env bash
# Sets up ReviewDesk on a fresh Debian machine, then runs it or its tests.
#   bash packaging/bootstrap.sh run    install, then open ReviewDesk on the default store
#   bash packaging/bootstrap.sh test   install with test tools, then run the whole suite
set -euo pipefail
mode=${1:-run}
cd "$(dirname "$0")/.."

# System libraries: Qt's xcb/offscreen platforms, fonts, LibreOffice and Tesseract for
# tests on real documents, poppler and Xvfb for looking at output.
# Tesseract reads scanned letters and replies (English, French, Spanish, Arabic, Chinese, Russian).
packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0
          libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0 fonts-noto-core
          tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-spa tesseract-ocr-ara tesseract-ocr-chi-sim
          tesseract-ocr-rus)
if [ "$mode" = test ]; then
  packages+=(libreoffice-writer-nogui poppler-utils xvfb postgresql fonts-liberation2)
  # The bundle test (PyInstaller reads binaries with binutils' objdump) and the desktop integration's
  # validators: desktop-file-validate, appstreamcli, update-mime-database.
  packages+=(binutils desktop-file-utils appstream shared-mime-info)
fi
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "bootstrap: please install: ${missing[*]}" >&2
  fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$mode" = test ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi

case "$mode" in
  test)
    export QT_QPA_PLATFORM=offscreen
    .venv/bin/lint-imports
    . packaging/postgres.sh
    start_test_postgres
    # Two workers: the suite is mostly one-core work (parsing, Qt, subprocesses).
    .venv/bin/python -m pytest -q -n 2
    ;;
  run)
    .venv/bin/reviewdesk demo >/dev/null || true   # a fictional case so the workspace is not empty
    exec .venv/bin/reviewdesk "${@:2}"
    ;;
  *) echo "usage: bootstrap.sh run|test" >&2; exit 2 ;;
esac
