"""File › Connect to team store…: a PostgreSQL store, its password in the system keyring, never in settings.

Settings keep the team store's URL without its password (``StoreLocation.server``).
The password is the dialog's, or the keyring's (the ``keyring`` package, in the
``[team]`` extra), or libpq's own ``~/.pgpass`` / ``PGPASSWORD``; the dialog is
shown only when none of them logs in. "Test connection" logs in on the global
thread pool, not the store worker, so it neither waits behind an import nor
touches the open store; Connect opens the store like any other (``ops.open_store``).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)
from sqlalchemy.engine import URL, make_url

from reviewdesk.db import StoreError, StoreLocation
from reviewdesk.db.server import check_connection

KEYRING_SERVICE = "ReviewDesk team store"
DEFAULT_PORT = 5432


def password_keyring():
    """The system keyring when it has a usable backend, else None (keyring not installed, or no backend)."""
    try:
        import keyring  # noqa: PLC0415 - optional: the [team] extra
        from keyring.backends import fail, null  # noqa: PLC0415
    except ImportError:
        return None
    backend = keyring.get_keyring()
    return None if isinstance(backend, (fail.Keyring, null.Keyring)) else backend


def recall(location: StoreLocation) -> str | None:
    backend = password_keyring()
    if backend is None:
        return None
    try:
        return backend.get_password(KEYRING_SERVICE, location.server)
    except Exception:  # noqa: BLE001 - a locked or broken keyring: libpq's .pgpass, else the dialog
        return None


def remember(location: StoreLocation, password: str | None) -> None:
    """Keep ``password`` for this store and user in the keyring (None forgets it)."""
    backend = password_keyring()
    if backend is None:
        return
    from keyring.errors import PasswordDeleteError  # noqa: PLC0415 - installed: the backend came from it

    if password:
        backend.set_password(KEYRING_SERVICE, location.server, password)
    else:
        try:
            backend.delete_password(KEYRING_SERVICE, location.server)
        except PasswordDeleteError:
            pass


def has_password(location: StoreLocation) -> bool:
    return bool(make_url(location.url).password)


def with_password(location: StoreLocation, password: str | None) -> StoreLocation:
    return StoreLocation.parse(make_url(location.url).set(password=password or None).render_as_string(hide_password=False))


def user_of(location: StoreLocation) -> str:
    """The login role: the URL's, else libpq's default (PGUSER, else the system user)."""
    import getpass  # noqa: PLC0415

    return make_url(location.url).username or os.environ.get("PGUSER") or getpass.getuser()


class _Answer(QObject):
    """Carries the test's result from the thread pool to the UI thread (a queued signal)."""

    arrived = Signal(object)


class ConnectDialog(QDialog):
    connect_requested = Signal(object, object, bool)  # location (with password), password, remember

    def __init__(self, parent=None, location: StoreLocation | None = None, problem: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to team store"))
        self.url_edit = QLineEdit(placeholderText=self.tr("or paste a URL: postgresql://user@host/database"))
        self.url_edit.textEdited.connect(self._url_pasted)
        self.host = QLineEdit(placeholderText=self.tr("localhost"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember in the system keyring"))
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        if password_keyring() is None:
            self.remember.setEnabled(False)
            self.keyring_note.setText(self.tr(
                "No system keyring is available, so the password is not remembered. To connect without typing "
                "it, keep it in ~/.pgpass (one line: host:port:database:user:password, readable only by you)."))
        else:
            self.remember.setChecked(True)
            self.keyring_note.hide()
        form = QFormLayout()
        form.addRow(self.tr("URL:"), self.url_edit)
        form.addRow(self.tr("Host:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        self.answer = QLabel(problem)
        self.answer.setWordWrap(True)
        self.answer.setObjectName("answer")
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.answer)
        layout.addWidget(self.buttons)
        self._answer = _Answer(self)
        self._answer.arrived.connect(self._show_answer)
        self.resize(520, self.sizeHint().height())
        if location is not None:
            self._fill(make_url(location.url))
            self.password.setFocus()

    # -- the fields and the URL ------------------------------------------------------------------
    def _fill(self, url: URL) -> None:
        self.host.setText(url.host or url.query.get("host") or "")
        self.port.setValue(url.port or DEFAULT_PORT)
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")
        if url.password:
            self.password.setText(url.password)

    def _url_pasted(self, text: str) -> None:
        try:
            location = StoreLocation.parse(text.strip())
        except StoreError:
            return  # still being typed
        if location.is_server:
            self._fill(make_url(location.url))

    def location(self) -> StoreLocation:
        """The store the fields name, with the typed password; raises StoreError when they name none."""
        host = self.host.text().strip()
        socket = host.startswith("/")  # a Unix socket's folder goes in the query, as libpq takes it
        database = self.database.text().strip()
        if not database:
            raise StoreError(self.tr("team store"), self.tr("give the database's name"))
        url = URL.create("postgresql+psycopg", self.user.text().strip() or None, self.password.text() or None,
                         None if socket else host or None, None if socket or self.port.value() == DEFAULT_PORT
                         else self.port.value(), database, {"host": host} if socket else {})
        return StoreLocation.parse(url.render_as_string(hide_password=False))

    # -- test and connect -------------------------------------------------------------------------
    def test(self) -> None:
        try:
            location = self.location()
        except StoreError as error:
            self.show_problem(str(error.problem))
            return
        self.test_button.setEnabled(False)
        self.answer.setText(self.tr("Connecting to {store}…").format(store=location.describe()))
        answer = self._answer

        def run() -> None:
            try:
                result = check_connection(location)
            except Exception as error:  # noqa: BLE001 - every failure is the server's answer, shown in words
                result = error
            try:
                answer.arrived.emit(result)
            except RuntimeError:
                pass  # the dialog was closed meanwhile

        QThreadPool.globalInstance().start(run)

    def _show_answer(self, result) -> None:
        self.test_button.setEnabled(True)
        if isinstance(result, BaseException):
            self.show_problem(problem_text(result))
        else:
            self.answer.setText(self.tr("Connected as {user} to {database} (PostgreSQL {version}).").format(
                user=result.user, database=result.database, version=result.version))

    def show_problem(self, text: str) -> None:
        self.answer.setText(f"<span style='color:#b00020'>{_escape(text).replace(chr(10), '<br>')}</span>")

    def _connect(self) -> None:
        try:
            location = self.location()
        except StoreError as error:
            self.show_problem(str(error.problem))
            return
        self.answer.setText(self.tr("Opening {store}…").format(store=location.describe()))
        self.connect_requested.emit(location, self.password.text() or None, self.remember.isChecked())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def problem_text(error: BaseException) -> str:
    """What a refused connection means, then the server's own words."""
    kind = getattr(error, "problem_kind", None)
    words = {
        "password": QCoreApplication.translate("TeamStore", "Wrong password (or none given) for this user."),
        "database": QCoreApplication.translate("TeamStore", "No such database on this server: check its name."),
        "user": QCoreApplication.translate("TeamStore", "No such user on this server: check the user name."),
        "unreachable": QCoreApplication.translate("TeamStore", "The server cannot be reached: check the host and port, and that it is running."),
    }.get(kind)
    said = getattr(error, "words", None)
    if said is None:
        return str(getattr(error, "problem", None) or error)
    said = QCoreApplication.translate("TeamStore", "The server said: {words}").format(words=said)
    return f"{words}\n{said}" if words else said


class TeamStores(QObject):
    """Opens team stores for the store controller: remembered passwords first, the dialog when they fail."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ConnectDialog | None = None

    def connect_dialog(self, location: StoreLocation | None = None, problem: str = "",
                       on_done: Callable | None = None) -> ConnectDialog:
        self.dialog = dialog = ConnectDialog(self.window, location, problem)
        dialog.connect_requested.connect(lambda loc, password, keep: self._connect(dialog, loc, password, keep, on_done))
        dialog.rejected.connect(self._cancelled)
        dialog.open()
        return dialog

    def _connect(self, dialog: ConnectDialog, location: StoreLocation, password: str | None, keep: bool,
                 on_done: Callable | None) -> None:
        def opened(store) -> None:
            if password_keyring() is not None:
                remember(location, password if keep else None)
            dialog.accept()
            if on_done is not None:
                on_done(store)

        self._open(location, opened, lambda error: dialog.show_problem(problem_text(error)))

    def open(self, location: StoreLocation, on_done: Callable | None, on_error: Callable | None) -> None:
        """A team store by its URL: with the URL's password, else the keyring's, else libpq's (.pgpass)."""
        tries = [location]
        if not has_password(location):
            known = recall(location)
            tries = ([with_password(location, known)] if known else []) + [location]
        self._try(tries, on_done, on_error or self.window.ops.error_handler)

    def _try(self, tries: list[StoreLocation], on_done, on_error) -> None:
        location, rest = tries[0], tries[1:]

        def failed(error: BaseException) -> None:
            if getattr(error, "problem_kind", None) not in ("password", "user"):
                on_error(error)
            elif rest:
                self._try(rest, on_done, on_error)
            else:
                self.connect_dialog(location, problem_text(error), on_done)

        self._open(location, on_done, failed)

    def _open(self, location: StoreLocation, on_done, on_error) -> None:
        self.window.statusBar().showMessage(self.tr("Connecting to {store}…").format(store=location.describe()))
        self.window.ops.open_store(location, on_done, on_error)

    def _cancelled(self) -> None:
        if self.window.ops.location is None:
            self.window.setWindowTitle(self.tr("ReviewDesk — no store open"))
        self.window.statusBar().showMessage(self.tr("Not connected (File › Connect to team store to try again)"), 8000)


def window_title(location) -> str:
    """The title names the team store and the user the window logged in as."""
    if getattr(location, "is_server", False):
        return QCoreApplication.translate("TeamStore", "ReviewDesk — team store {store} (user {user})").format(store=location.describe(),
                                                                          user=user_of(location))
    return f"ReviewDesk — {location.describe() if hasattr(location, 'describe') else location.name}"
