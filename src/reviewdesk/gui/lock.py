"""Passphrases in the window: asked once per session, a new store's encryption, and the idle auto-lock.

``PassphraseDialog`` asks for the passphrase of an encrypted store (or a new
one, twice, with encryption on by default and the warning that a lost
passphrase cannot be recovered). ``AutoLock`` hides the data of an encrypted
store after N idle minutes (``security/auto_lock_minutes``; 0 never): a lock
screen covers the central widget and the docks, every action is disabled, other
windows are hidden, until the passphrase is given again (checked on the store
worker). The store stays open meanwhile, so an import in progress finishes.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.db import StoreLocation
from reviewdesk.db.cipher import WrongPassphrase, check_passphrase

LOST_PASSPHRASE_WARNING = QT_TRANSLATE_NOOP(
    "PassphraseDialog", "If you lose this passphrase, the store and everything in it cannot be recovered: "
    "nobody, not even the ReviewDesk developers, can open it without the passphrase.")
MIN_NEW_LENGTH = 8


class PassphraseDialog(QDialog):
    """The passphrase of an encrypted store, or (``new=True``) whether and how to encrypt a new one."""

    def __init__(self, location: StoreLocation, *, new: bool = False, problem: str = "", parent=None) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(self.tr("New store") if new else self.tr("Encrypted store"))
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Passphrase again"))
        self.encrypt = QCheckBox(self.tr("Encrypt this store (AES-256)"), checked=True)
        self.problem = QLabel(problem)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setVisible(bool(problem))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        if new:
            form.addRow(self.encrypt)
            warning = QLabel(self.tr(LOST_PASSPHRASE_WARNING), wordWrap=True)
            warning.setObjectName("lostPassphraseWarning")
            self.warning = warning
            form.addRow(warning)
            form.addRow(self.tr("Passphrase:"), self.passphrase)
            form.addRow(self.tr("Again:"), self.again)
            self.encrypt.toggled.connect(self._update)
        else:
            form.addRow(QLabel(self.tr("{store} is encrypted. Its passphrase:").format(store=location.describe())))
            form.addRow(self.passphrase)
            self.again.hide()
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.passphrase.textChanged.connect(self._update)
        self.again.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not self.new:
            ok.setEnabled(bool(self.passphrase.text()))
            return
        encrypting = self.encrypt.isChecked()
        for widget in (self.passphrase, self.again, self.warning):
            widget.setEnabled(encrypting)
        text, again = self.passphrase.text(), self.again.text()
        reason = ""
        if encrypting and text and len(text) < MIN_NEW_LENGTH:
            reason = self.tr("At least %n character(s).", "", MIN_NEW_LENGTH)
        elif encrypting and again and again != text:
            reason = self.tr("The two passphrases differ.")
        self.problem.setText(reason)
        self.problem.setVisible(bool(reason))
        ok.setEnabled(not encrypting or (len(text) >= MIN_NEW_LENGTH and text == again))

    def value(self) -> str | None:
        """The passphrase typed; None for a new store left clear."""
        if self.new and not self.encrypt.isChecked():
            return None
        return self.passphrase.text()


class LockScreen(QWidget):
    """Covers the whole window while locked; only the passphrase field and Unlock take input."""

    unlock_requested = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        self.title = QLabel("", alignment=Qt.AlignmentFlag.AlignCenter)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maximumWidth=360)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.problem = QLabel("", alignment=Qt.AlignmentFlag.AlignCenter)
        self.problem.setStyleSheet("color: #b00020")
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.title, self.passphrase, self.button, self.problem):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.hide()

    def _submit(self) -> None:
        if self.passphrase.text():
            self.button.setEnabled(False)
            self.unlock_requested.emit(self.passphrase.text())


class AutoLock(QObject):
    """Locks the window after ``security/auto_lock_minutes`` without keyboard or mouse input."""

    locked_changed = Signal(bool)
    _INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
                        QEvent.Type.TouchBegin})

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.screen = LockScreen(window)
        self.screen.unlock_requested.connect(self._try_unlock)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.lock)
        self.locked = False
        self._disabled: list[QAction] = []
        self._hidden: list[QWidget] = []
        self._watching = False
        window.ops.store_replaced.connect(lambda _location: self.configure())
        window.installEventFilter(self)
        window.destroyed.connect(self.timer.stop)

    # -- when -----------------------------------------------------------------------------
    def minutes(self) -> int:
        return self.window.settings.get("security/auto_lock_minutes")

    def applies(self) -> bool:
        location = self.window.ops.location
        return bool(self.minutes()) and location is not None and location.passphrase is not None

    def configure(self) -> None:
        """Arm (or disarm) the idle timer from the setting and the open store."""
        self.timer.stop()
        armed = self.applies()
        if armed and not self.locked:
            self.timer.start(self.minutes() * 60_000)
        self._watch(armed)

    def _watch(self, on: bool) -> None:
        """Every input event of the application passes the filter: only while auto-lock is armed."""
        app = QApplication.instance()
        if app is None or on == self._watching:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = on

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if self.locked and kind in (QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride):
            # An action re-enabled behind the screen (undo after an import ended) still gets no shortcut.
            return not (isinstance(watched, QWidget) and self.screen.isAncestorOf(watched))
        if watched is self.window and kind == QEvent.Type.Resize and self.locked:
            self.screen.setGeometry(self.window.rect())
        elif kind in self._INPUT and not self.locked and self.timer.isActive():
            self.timer.start()  # input restarts the idle time
        return False

    # -- locking ----------------------------------------------------------------------------
    def lock(self) -> None:
        if self.locked or self.window.ops.location is None:
            return
        self.locked = True
        self.timer.stop()
        self._disabled = [a for a in self.window.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)  # their shortcuts too: nothing acts on the data behind the screen
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w is not self.window and w.isVisible() and not isinstance(w, LockScreen)]
        for widget in self._hidden:  # floating docks, the vocabulary editor, dialogs
            widget.hide()
        self.window.centralWidget().setVisible(False)
        for dock in self._docks():
            dock.widget().setVisible(False)
        self.screen.title.setText(self.tr("{store} is locked. Its passphrase:").format(store=self.window.ops.location.describe()))
        self.screen.problem.setText("")
        self.screen.passphrase.clear()
        self.screen.button.setEnabled(True)
        self.screen.setGeometry(self.window.rect())
        self.screen.show()
        self.screen.raise_()
        self.screen.passphrase.setFocus()
        self.locked_changed.emit(True)

    def _docks(self):
        return [dock for dock in self.window.findChildren(QDockWidget) if dock.widget() is not None]

    def _try_unlock(self, passphrase: str) -> None:
        def check(store) -> bool:  # the KDF and the first page read: on the worker, not the UI thread
            try:
                check_passphrase(store.path, passphrase)
            except WrongPassphrase:
                return False
            return True

        self.window.ops.query(check, self._checked)

    def _checked(self, right: bool) -> None:
        if not right:
            self.screen.problem.setText(self.tr("Wrong passphrase."))
            self.screen.passphrase.selectAll()
            self.screen.button.setEnabled(True)
            return
        self.unlock()

    def unlock(self) -> None:
        self.locked = False
        self.screen.passphrase.clear()
        self.screen.hide()
        self.window.centralWidget().setVisible(True)
        for dock in self._docks():
            dock.widget().setVisible(True)
        for action in self._disabled:
            action.setEnabled(True)
        for widget in self._hidden:
            widget.show()
        self._disabled, self._hidden = [], []
        self.locked_changed.emit(False)
        self.configure()
