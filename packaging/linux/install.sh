#!/usr/bin/env bash
# Installs the built bundle and its desktop integration for one user (or system-wide with PREFIX=/usr/local):
#   bash packaging/build_app.sh && bash packaging/linux/install.sh [BUNDLE_DIR]
# BUNDLE_DIR defaults to dist/reviewdesk. PREFIX defaults to ~/.local. What goes where:
#   PREFIX/lib/reviewdesk/        the bundle           PREFIX/bin/reviewdesk    a link to its executable
#   PREFIX/share/applications/    the desktop entry    PREFIX/share/metainfo/   the AppStream metadata
#   PREFIX/share/icons/hicolor/   the icons            PREFIX/share/mime/packages/  the .rdstore/.rdbundle types
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bundle=$(realpath "${1:-$here/../../dist/reviewdesk}")
prefix=${PREFIX:-$HOME/.local}
app_id=org.reviewdesk.ReviewDesk
[ -x "$bundle/reviewdesk" ] || { echo "install: no bundle at $bundle (run packaging/build_app.sh)" >&2; exit 2; }

mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo" "$prefix/share/mime/packages" \
         "$prefix/share/icons"
rm -rf "$prefix/lib/reviewdesk"
cp -a "$bundle" "$prefix/lib/reviewdesk"
ln -sfn "$prefix/lib/reviewdesk/reviewdesk" "$prefix/bin/reviewdesk"
install -m 644 "$here/$app_id.desktop" "$prefix/share/applications/"
install -m 644 "$here/$app_id.metainfo.xml" "$prefix/share/metainfo/"
install -m 644 "$here/mime/$app_id.xml" "$prefix/share/mime/packages/"
cp -r "$here/icons/hicolor" "$prefix/share/icons/"

# The desktop's caches, when its tools are there (a missing one only delays what the desktop notices).
command -v update-mime-database >/dev/null && update-mime-database "$prefix/share/mime"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications"
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f "$prefix/share/icons/hicolor"
echo "installed: $prefix/bin/reviewdesk ($app_id)"
