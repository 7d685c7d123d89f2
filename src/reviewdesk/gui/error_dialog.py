"""What the user sees when something fails, and the log a bug report can quote.

Two kinds of failure:

- a ``ReviewDeskError`` is the user's to act on (a damaged file, a store that is not
  one): ``show_error`` shows its reason as a plain warning;
- anything else is a bug: ``report_exception`` logs it and shows a short message with
  "Copy details", whichever thread it escaped from (``install_excepthook``).

The log is read by people who are not allowed to see the letters, so it holds the
exception's type, its message cut short and the traceback's file, line and function
names: never local values or source lines (a message may still quote a few words,
hence the cut).
"""

from __future__ import annotations

import html
import logging
import os
import platform
import sys
import sysconfig
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs
import shiboken6
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewdesk import __version__
from reviewdesk.domain.errors import ReviewDeskError

LOG_NAME = "reviewdesk.log"
MESSAGE_LIMIT = 200
MAX_OPEN_DIALOGS = 3  # an error in a paint or timer repeats: report it, do not bury the screen in dialogs
_log = logging.getLogger("reviewdesk.errors")
_log.propagate = False  # the root logger may print to a console; this one writes only the file
_open_dialogs: list[QDialog] = []
_handler: RotatingFileHandler | None = None
_handler_lock = threading.Lock()


def log_dir() -> Path:
    """The user's log folder (``REVIEWDESK_LOG_DIR`` overrides it, for tests)."""
    return Path(os.environ.get("REVIEWDESK_LOG_DIR") or platformdirs.user_log_dir("ReviewDesk", appauthor=False))


def log_path() -> Path:
    return log_dir() / LOG_NAME


def _file_logger() -> logging.Logger:
    """The error log, re-pointed when the folder changed (tests set a folder per test)."""
    global _handler  # noqa: PLW0603 - one file handler per process
    path = log_path().absolute()
    with _handler_lock:  # workers may fail at the same moment
        if _handler is None or Path(_handler.baseFilename) != path:
            if _handler is not None:
                _log.removeHandler(_handler)
                _handler.close()
            path.parent.mkdir(parents=True, exist_ok=True)
            _handler = RotatingFileHandler(path, maxBytes=512 * 1024, backupCount=3, encoding="utf-8")
            _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
            _log.addHandler(_handler)
            _log.setLevel(logging.INFO)
    return _log


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MESSAGE_LIMIT else text[: MESSAGE_LIMIT - 1] + "…"


def _where(filename: str) -> str:
    """The file from its package down ("reviewdesk/gui/app.py", "json/decoder.py"): no home folder, no user name."""
    path = Path(filename)
    parts = path.parts
    if "reviewdesk" in parts:  # a checkout or an install: from the package down
        return "/".join(parts[len(parts) - 1 - parts[::-1].index("reviewdesk"):])
    for root in _LIBRARY_ROOTS:
        if path.is_relative_to(root):
            return path.relative_to(root).as_posix()
    return path.name


_LIBRARY_ROOTS = sorted({Path(p) for key in ("stdlib", "platstdlib", "purelib", "platlib")
                         if (p := sysconfig.get_paths().get(key))}, key=lambda p: -len(p.parts))


def versions() -> str:
    return (f"ReviewDesk {__version__}, Python {platform.python_version()}, Qt {qVersion()}, "
            f"PySide6 {pyside_version}, {platform.system()}")


def safe_details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The loggable account of an exception: types, short messages, file:line in function."""
    lines: list[str] = []
    chain: list[tuple[type[BaseException], BaseException, TracebackType | None]] = [(exc_type, exc, tb)]
    seen = {id(exc)}
    while (cause := chain[-1][1].__cause__ or chain[-1][1].__context__) is not None and id(cause) not in seen:
        seen.add(id(cause))
        chain.append((type(cause), cause, cause.__traceback__))
    for depth, (kind, value, trace) in enumerate(chain):
        lines.append(f"{'while handling ' if depth else ''}{kind.__qualname__}: {_short(str(value))}")
        lines.extend(f"  {_where(frame.filename)}:{frame.lineno} in {frame.name}"
                     for frame in traceback.extract_tb(trace))
    return "\n".join(lines)


def full_details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """What "Copy details" puts on the clipboard: the versions and the standard traceback (no local values).

    The user sees it in the dialog before pasting it anywhere.
    """
    return versions() + "\n\n" + "".join(traceback.format_exception(exc_type, exc, tb))


class ErrorDialog(QDialog):
    """A bug report: what happened in one sentence, where the log is, and the details to copy."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ReviewDesk — unexpected error"))
        self.details = details
        explanation = self.tr("Edits made before it are saved in the store. The error was logged (without any "
                              "letter text) to {path}.").format(path=html.escape(str(log_path())))
        self.message = QLabel(f"<b>{html.escape(summary)}</b><br>{explanation}", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.details_view = QPlainTextEdit(details, readOnly=True, visible=False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.show_button = QPushButton(self.tr("Show details"), checkable=True)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)  # ActionRole: does not close
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button.toggled.connect(self.details_view.setVisible)
        layout = QVBoxLayout(self)
        for widget in (self.message, self.details_view, buttons):
            layout.addWidget(widget)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def _open(dialog: QDialog) -> QDialog:
    """Show without blocking; keep a reference until it closes (a dialog without a parent has no owner)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_dialogs.append(dialog)
    dialog.finished.connect(lambda _result, d=dialog: _open_dialogs.remove(d) if d in _open_dialogs else None)
    dialog.show()
    return dialog


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """A user's error: its reason as a plain warning, nothing logged, nothing to report."""
    reason = exc.reason if isinstance(exc, ReviewDeskError) else str(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, "ReviewDesk", reason or type(exc).__name__,
                      QMessageBox.StandardButton.Ok, parent)
    box.setModal(False)
    return _open(box)


def report_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                     parent: QWidget | None = None) -> QDialog | None:
    """Log a bug and show it; a ``ReviewDeskError`` goes to ``show_error`` instead.

    Call from the GUI thread (``install_excepthook`` brings other threads' errors here).
    Returns the dialog shown, or None when there is no GUI or too many reports are open.
    """
    if not isinstance(exc, ReviewDeskError):
        log_exception(exc_type, exc, tb)
    return _show(exc_type, exc, tb, parent)


def log_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Write the bug to the log file (safe from any thread: logging handlers lock)."""
    _file_logger().error("unexpected %s\n  (%s)", safe_details(exc_type, exc, tb), versions())


def _show(exc_type, exc, tb, parent: QWidget | None = None) -> QDialog | None:
    if QApplication.instance() is None:
        return None
    parent = parent or _active_window()
    if isinstance(exc, ReviewDeskError):
        return show_error(parent, exc)
    _forget_closed()
    if sum(isinstance(d, ErrorDialog) for d in _open_dialogs) >= MAX_OPEN_DIALOGS:
        return None
    return _open(ErrorDialog(QCoreApplication.translate("ErrorDialog", "Something went wrong: {error}.").format(
        error=exc_type.__name__), full_details(exc_type, exc, tb), parent))


def _forget_closed() -> None:
    """Dialogs whose window was closed (and took them along) never say "finished": drop them here."""
    _open_dialogs[:] = [d for d in _open_dialogs if shiboken6.isValid(d) and d.isVisible()]


def open_dialogs() -> tuple[QDialog, ...]:
    """The error and warning dialogs still open (tests close them)."""
    _forget_closed()
    return tuple(_open_dialogs)


def _active_window() -> QWidget | None:
    """The window to stack the report on; not another report, whose closing would delete its children."""
    window = QApplication.activeWindow()
    while window is not None and window in _open_dialogs:
        window = window.parentWidget()
    return window


class _Bridge(QObject):
    """Carries an exception from any thread to the GUI thread, where widgets may be made."""

    raised = Signal(object, object, object)

    @Slot(object, object, object)
    def show(self, exc_type, exc, tb) -> None:  # runs in the bridge's (the GUI) thread
        _show(exc_type, exc, tb)


def install_excepthook(app: QApplication) -> Callable[[], None]:
    """Route uncaught exceptions (``sys.excepthook``, ``threading.excepthook``) to ``report_exception``.

    Returns a function that puts the previous hooks back (for tests).
    """
    previous = sys.excepthook, threading.excepthook
    bridge = _Bridge(app)  # lives in the GUI thread: a signal from another thread is queued to it
    bridge.raised.connect(bridge.show)
    reporting = threading.local()

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt) or getattr(reporting, "active", False):
            sys.__excepthook__(exc_type, exc, tb)  # Ctrl+C in a terminal, or the report itself failed
            return
        reporting.active = True
        try:
            if not isinstance(exc, ReviewDeskError):
                traceback.print_exception(exc_type, exc, tb)  # a developer in a terminal sees it as usual
                log_exception(exc_type, exc, tb)  # at once, in the failing thread: the GUI may be stuck
            if threading.current_thread() is threading.main_thread():
                _show(exc_type, exc, tb)
            else:
                bridge.raised.emit(exc_type, exc, tb)
        finally:
            reporting.active = False

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook, threading.excepthook = hook, thread_hook

    def uninstall() -> None:
        sys.excepthook, threading.excepthook = previous
        bridge.deleteLater()

    return uninstall
