"""ReviewDesk opens no network connection: import (text, Word, OCR), search, export and the window, audited."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import LETTERS, REPLIES

AUDIT = Path(__file__).with_name("network_audit.py")


def _run(tmp_path, *args, env_extra=None) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REVIEWDESK_STORE": str(tmp_path / "audit.rdstore"),
           # The window's settings and logs go to the test's folder, never the user's.
           "HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "REVIEWDESK_LOG_DIR": str(tmp_path / "log"), **(env_extra or {})}
    done = subprocess.run([sys.executable, str(AUDIT), *map(str, args)], capture_output=True, text=True, env=env,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    line = next(line for line in done.stderr.splitlines() if line.startswith("NETWORK "))
    return json.loads(line.removeprefix("NETWORK "))


@pytest.mark.slow
def test_import_search_export_and_the_window_use_no_network(tmp_path):
    assert _run(tmp_path, "import", LETTERS / "AL_OTH_78_2021.txt", LETTERS / "AL_OTH_78_2021.docx",
                REPLIES / "REPLY_AL_OTH_78_2021_test.pdf") == []
    assert _run(tmp_path, "import", "--ocr-lang", "eng", LETTERS / "AL_OTH_78_2021_scanned.pdf") == []
    assert _run(tmp_path, "search", "forced labour") == []
    assert _run(tmp_path, "export", "AL OTH 78/2021", "--docx", tmp_path / "brief.docx") == []
    assert (tmp_path / "brief.docx").exists()
    assert _run(tmp_path, env_extra={"REVIEWDESK_QUIT_AFTER_MS": "1500"}) == []  # the window, opened and closed


def test_the_audit_sees_a_name_lookup(tmp_path):
    """The hook is not blind: a lookup made by the program is recorded (so an empty list means none)."""
    probe = tmp_path / "probe.py"
    probe.write_text(f"import socket, sys\nsys.argv = ['x', '--version']\n"
                     f"exec(open({str(AUDIT)!r}).read().split('if __name__')[0])\n"
                     "try:\n    socket.getaddrinfo('localhost', 80)\nexcept OSError:\n    pass\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(probe)], capture_output=True, text=True, timeout=60)
    line = next(line for line in done.stderr.splitlines() if line.startswith("NETWORK "))
    assert json.loads(line.removeprefix("NETWORK ")) == ["socket.getaddrinfo localhost"]
