"""A scripted reviewer session for the soak test: re-open cases, switch views, tag and undo, for N seconds.

Run in a subprocess by ``test_soak.py`` so that a crash inside Qt (a
"Fatal Python error") fails the test instead of killing the test run. Prints
one JSON line: rounds done and ``sys.getrefcount(None)`` before and after.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from reviewdesk.db import open_store  # noqa: E402
from reviewdesk.gui.main_window import MainWindow  # noqa: E402
from reviewdesk.gui.operations import Operations  # noqa: E402
from reviewdesk.gui.settings import Settings  # noqa: E402
from reviewdesk.services.demo import import_demo  # noqa: E402
from reviewdesk.services.importer import import_paths  # noqa: E402


def main(seconds: float, letters: list[str]) -> int:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "soak.rdstore")
        import_paths(store, letters)
        import_demo(store)
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        ops = Operations(store)
        window = MainWindow(ops, settings)
        window.resize(1366, 768)
        window.show()
        ops.wait_idle()
        before = sys.getrefcount(None)
        rounds = 0
        ends = time.monotonic() + seconds
        while time.monotonic() < ends:
            for row in range(window.case_proxy.rowCount()):
                window.case_table.selectRow(row)
                ops.wait_idle()
                window._all_pages() if rounds % 2 else window._all_text()
                pane = window.letter_pane
                document = pane.current()
                if document is not None and window.tagging.terms:
                    pane.select_span(0, min(20, len(document.text)))
                    window.tagging.tag_selection(window.tagging.terms[rounds % len(window.tagging.terms)].id)
                    ops.wait_idle()
                    window.undo_stack.undo()
                    ops.wait_idle()
                app.processEvents()
            if rounds % 5 == 0:
                window.open_vocabulary_editor()
                ops.wait_idle()
                window.vocabulary_editor.close()
            rounds += 1
        after = sys.getrefcount(None)
        window.close()
        store.close()
    print(json.dumps({"rounds": rounds, "none_before": before, "none_after": after}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(float(sys.argv[1]), sys.argv[2:]))
