"""The Linux desktop integration (packaging/linux) passes the freedesktop validators, and once installed
the desktop knows ReviewDesk's file types: a double-click on a .rdstore or .rdbundle opens ReviewDesk."""

from __future__ import annotations

import configparser
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from reviewdesk import __version__

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.reviewdesk.ReviewDesk"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / "mime" / f"{APP_ID}.xml"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _run(*args, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120, env=env)


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_passes_desktop_file_validate():
    result = _run("desktop-file-validate", DESKTOP)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_metainfo_passes_appstreamcli_validate():
    result = _run("appstreamcli", "validate", "--no-net", "--explain", METAINFO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_desktop_entry_opens_files_and_names_the_icon_and_types():
    entry = _entry()
    assert entry["Exec"] == "reviewdesk %F", "files as paths: the launcher imports or opens them"
    assert entry["Icon"] == APP_ID
    declared = set(filter(None, entry["MimeType"].split(";")))
    ours = {node.get("type") for node in ET.parse(MIME).getroot().iter(f"{MIME_NS}mime-type")}
    assert ours == {"application/x-reviewdesk-store", "application/x-reviewdesk-bundle"}
    assert ours | {"application/pdf"} <= declared


def test_the_metainfo_matches_the_app_its_version_and_its_screenshots():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("releases/release").get("version") == __version__, "release notes for this version"
    assert root.find("releases/release/description/ul/li") is not None
    screenshots = root.findall("screenshots/screenshot/image")
    assert screenshots
    for image in screenshots:
        name = image.text.rsplit("/docs/", 1)[1]
        with (ROOT / "docs" / name).open("rb") as png:
            width, height = struct.unpack(">II", png.read(24)[16:24])
        assert (int(image.get("width")), int(image.get("height"))) == (width, height), name
    assert {m.text for m in root.findall("provides/mediatype")} == {
        "application/x-reviewdesk-store", "application/x-reviewdesk-bundle"}


def test_the_icons_are_there_at_every_size_and_scalable():
    theme = LINUX / "icons" / "hicolor"
    for size in SIZES:
        data = (theme / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (size, size)
    svg = theme / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == (ROOT / "src" / "reviewdesk" / "gui" / "resources" / "icons" / "reviewdesk.svg").read_bytes()


def test_once_installed_the_desktop_knows_the_file_types(tmp_path):
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "reviewdesk").write_text("#!/bin/sh\n", encoding="utf-8")
    (bundle / "reviewdesk").chmod(0o755)
    prefix = tmp_path / "prefix"
    env = {**os.environ, "PREFIX": str(prefix), "XDG_DATA_DIRS": f"{prefix / 'share'}:/usr/share"}
    result = _run("bash", LINUX / "install.sh", bundle, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    share = prefix / "share"
    assert (prefix / "bin" / "reviewdesk").resolve() == (prefix / "lib" / "reviewdesk" / "reviewdesk").resolve()
    for path in (f"applications/{APP_ID}.desktop", f"metainfo/{APP_ID}.metainfo.xml", f"mime/packages/{APP_ID}.xml",
                 f"icons/hicolor/512x512/apps/{APP_ID}.png", f"icons/hicolor/scalable/apps/{APP_ID}.svg"):
        assert (share / path).is_file(), path
    # Qt reads the same shared-mime-info database as the file managers: what it says, they say.
    probe = ("from PySide6.QtCore import QMimeDatabase as D; d = D(); "
             "print(*(d.mimeTypeForFile(n, D.MatchMode.MatchExtension).name() for n in ('a.rdstore', 'b.rdbundle')));"
             "print(d.mimeTypeForName('application/x-reviewdesk-bundle').inherits('application/zip'))")
    named = _run(sys.executable, "-c", probe, env={**env, "XDG_DATA_HOME": str(tmp_path / "nothing")})
    assert named.stdout.split() == ["application/x-reviewdesk-store", "application/x-reviewdesk-bundle", "True"], \
        named.stdout + named.stderr
    cache = (share / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert f"application/x-reviewdesk-store={APP_ID}.desktop;" in cache
