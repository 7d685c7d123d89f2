"""Minutes of use must not abort the window (PySide6 6.12.0 on CPython 3.11 did, by releasing None)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import LETTERS, REPLIES

SECONDS = float(os.environ.get("REVIEWDESK_SOAK_SECONDS", "120"))


@pytest.mark.slow
def test_reopening_cases_for_minutes_keeps_the_window_alive_and_none_referenced(tmp_path):
    script = Path(__file__).with_name("soak_session.py")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REVIEWDESK_STORE": str(tmp_path / "default.rdstore")}
    done = subprocess.run(
        [sys.executable, str(script), str(SECONDS), str(LETTERS / "AL_OTH_78_2021.pdf"),
         str(REPLIES / "REPLY_AL_OTH_78_2021_test.pdf")],
        capture_output=True, text=True, env=env, timeout=SECONDS + 180)
    assert done.returncode == 0, f"the session died (exit {done.returncode}):\n{done.stderr[-3000:]}"
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["rounds"] >= 3
    # Thousands of void Qt calls were made: a faulty binding loses one reference to None per call.
    assert result["none_after"] >= result["none_before"] - 50, result
