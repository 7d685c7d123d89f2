"""Void Qt calls must not drop references to None (PySide6-Essentials 6.12.0 on Python 3.11 does).

With the defect each call returning nothing lowers ``sys.getrefcount(None)`` by about one,
and once it reaches zero Python aborts ("Fatal Python error: none_dealloc"). The calls run
in a subprocess so that an abort fails this test with the versions named, instead of
killing pytest. On Python >= 3.12 None is immortal: the count cannot fall, and the test
only checks that the calls ran.
"""

from __future__ import annotations

import json
import subprocess
import sys

CALLS = 100_000
TOLERANCE = 1_000  # None is referenced and released by unrelated code meanwhile; the defect costs ~0.84 per call

PROBE = f"""
import json, sys
import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QBrush, QColor, QTextCharFormat

fmt, brush = QTextCharFormat(), QBrush(QColor("#E69F00"))
before = sys.getrefcount(None)
for _ in range({CALLS}):
    fmt.setBackground(brush)
after = sys.getrefcount(None)
print(json.dumps({{"before": before, "after": after, "calls": {CALLS},
                   "immortal": sys.version_info >= (3, 12), "qt": qVersion(), "pyside": PySide6.__version__}}))
"""


def test_void_qt_calls_keep_none_alive():
    versions = f"Python {sys.version.split()[0]}"
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        versions += f", PySide6 {PySide6.__version__}, Qt {qVersion()}"
    except ImportError:  # pragma: no cover - the suite needs PySide6 anyway
        pass
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, (f"the probe died ({versions}), exit {result.returncode}: "
                                    f"{result.stderr.strip()[-800:]}")
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    assert probe["calls"] == CALLS
    if probe["immortal"]:
        return
    drop = probe["before"] - probe["after"]
    assert drop < TOLERANCE, (f"{CALLS} calls of QTextCharFormat.setBackground dropped {drop} references to None "
                              f"(Python {sys.version.split()[0]}, PySide6 {probe['pyside']}, Qt {probe['qt']}): "
                              "a PySide6 with the none_dealloc defect, see the pin in pyproject.toml")
