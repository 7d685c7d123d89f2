"""The keyboard-only review (``keyboard_session.py``) in a fresh process.

Qt's file dialog keeps process-wide state (the last folder, a file-system model
that autocompletes and rewrites what is typed once it has seen a folder), so after
other GUI tests the typed names no longer mean the same: the session runs alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_a_review_with_the_keyboard_only_in_its_own_process():
    session = Path(__file__).with_name("keyboard_session.py")
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(session)],
                            capture_output=True, text=True, env=environment, timeout=300,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "1 passed" in result.stdout
