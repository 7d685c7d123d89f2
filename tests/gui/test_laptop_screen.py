"""First start on a 1366×768 laptop and on a 1920×1080 screen, through the screenshot tool in a process of
its own: Qt's offscreen platform is given a screen of that size, so the window's first-start fitting runs
as it would on the machine (one QApplication per screen size)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import LETTERS, REPLIES

TOOL = Path(__file__).resolve().parents[2] / "tools" / "screenshots.py"


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_first_start_fits_the_screen_and_shows_six_questions(tmp_path, width, height):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    out = tmp_path / "workspace.png"
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run([sys.executable, str(TOOL), str(out), str(LETTERS / "AL_OTH_78_2021.pdf"),
                           str(REPLIES / "REPLY_AL_OTH_78_2021_test.pdf")],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    report = done.stdout.strip().splitlines()[-1]
    window_w, window_h, rows, total = map(int, re.search(r"window (\d+)×(\d+), answers rows fully visible (\d+) of (\d+)",
                                                         report).groups())
    assert total == 8  # the fixture letter's questions
    assert window_w <= width and window_h <= height, report
    assert rows >= 6, report
    assert report.endswith("search field inside the window True"), report
    assert out.stat().st_size > 10_000  # a real grab of the window, not an empty image
