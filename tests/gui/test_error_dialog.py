"""Uncaught exceptions become a dialog and a log line without letter text; user errors a plain warning."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.gui import error_dialog
from reviewdesk.gui.error_dialog import ErrorDialog, install_excepthook, open_dialogs, report_exception, show_error

LETTER_TEXT = "Ms. Lin Testperson was taken from her apartment at 7 a.m."


@pytest.fixture(autouse=True)
def log_dir(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("REVIEWDESK_LOG_DIR", str(tmp_path / "logs"))
    yield tmp_path / "logs"
    for dialog in open_dialogs():
        dialog.close()
    QApplication.processEvents()


def _log_text(log_dir) -> str:
    path = log_dir / "reviewdesk.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _parse_reply(letter: str) -> None:
    reply = {"body": letter}  # a local holding letter text: it must not reach the log
    raise ValueError(f"no reference in {reply['body'] * 10}")  # SOURCE-LINE-MARKER


def _failure() -> tuple[type[BaseException], BaseException, object]:
    try:
        try:
            _parse_reply(LETTER_TEXT)
        except ValueError as exc:
            raise RuntimeError("import step failed") from exc
    except RuntimeError:
        return sys.exc_info()


def test_a_bug_is_logged_without_letter_text_and_shown_with_copyable_details(qtbot, log_dir):
    dialog = report_exception(*_failure())
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible() and not dialog.isModal()
    log = _log_text(log_dir)
    assert "RuntimeError: import step failed" in log
    assert "while handling ValueError: no reference in Ms. Lin Testperson" in log  # the message, cut short
    assert "test_error_dialog.py" in log and "in _parse_reply" in log and "in _failure" in log
    assert "SOURCE-LINE-MARKER" not in log and "'body'" not in log  # no source lines, no locals
    message_line = next(line for line in log.splitlines() if "no reference in" in line)
    assert len(message_line.split("ValueError: ", 1)[1]) <= error_dialog.MESSAGE_LIMIT
    assert str(log_dir) in dialog.message.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # copying does not close it
    copied = QApplication.clipboard().text()
    assert "Traceback (most recent call last)" in copied and "_parse_reply" in copied
    assert "ReviewDesk " in copied.splitlines()[0]  # the versions come first


def test_a_user_error_is_a_plain_warning_and_not_logged(qtbot, log_dir):
    error = ReviewDeskError("broken.pdf: the file is damaged")
    box = report_exception(type(error), error, None)
    assert isinstance(box, QMessageBox) and box.icon() == QMessageBox.Icon.Warning
    assert box.text() == "broken.pdf: the file is damaged"
    assert _log_text(log_dir) == ""
    again = show_error(None, error)
    assert again.isVisible() and not again.isModal()


def test_repeating_errors_open_a_few_dialogs_but_log_every_one(log_dir):
    shown = [report_exception(*_failure()) for _ in range(error_dialog.MAX_OPEN_DIALOGS + 2)]
    assert sum(d is not None for d in shown) == error_dialog.MAX_OPEN_DIALOGS
    assert _log_text(log_dir).count("unexpected RuntimeError") == error_dialog.MAX_OPEN_DIALOGS + 2


@pytest.fixture
def hook(qapp):
    uninstall = install_excepthook(qapp)
    yield
    uninstall()


def test_the_hook_reports_errors_from_qt_slots_and_worker_threads(qtbot, hook, log_dir, capsys):
    def slot_fails():
        raise KeyError("from a slot")

    QTimer.singleShot(0, slot_fails)  # raised inside Qt's event loop: reaches sys.excepthook
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1)
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(open_dialogs()) == 2)  # shown by the GUI thread, not the worker
    log = _log_text(log_dir)
    assert "unexpected KeyError: 'from a slot'" in log and "unexpected ZeroDivisionError" in log
    assert "KeyError: 'from a slot'" in capsys.readouterr().err  # a terminal still shows the traceback


def test_the_hook_restores_the_previous_hooks(qapp):
    before = sys.excepthook, threading.excepthook
    uninstall = install_excepthook(qapp)
    assert sys.excepthook is not before[0] and threading.excepthook is not before[1]
    uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_a_second_report_is_not_stacked_on_the_first(qtbot, log_dir):
    first = report_exception(*_failure())
    first.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is first)
    second = report_exception(*_failure())
    assert second.parentWidget() is not first  # closing the first would delete the second with it
    first.close()
    QApplication.processEvents()
    assert second.isVisible()
