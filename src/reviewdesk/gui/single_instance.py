"""One window per store and user: a second launch hands its files to the window already open on it.

The running window listens on a local socket (``QLocalServer``: a Unix socket readable by this user
only, a named pipe on Windows) whose name is derived from the user and the store's resolved path, so
two users, or one user on two stores, keep separate windows. A launch first tries to connect: if a
window answers, it sends the files to open as one JSON line, waits for ``ok`` and exits 0; otherwise
it opens its own window and listens. The name follows the window when it switches stores.

Opening files ("Open with", a double-click, a second launch): a ``.rdstore`` replaces the open store,
letters and replies (PDF, DOCX, TXT) are imported into it and the first one's case is shown.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from reviewdesk.db.paths import STORE_SUFFIX
from reviewdesk.services.cases import case_detail
from reviewdesk.services.dto import ImportStatus

BUNDLE_SUFFIX = ".rdbundle"
DOCUMENT_SUFFIXES = (".pdf", ".docx", ".txt")
OPENABLE_SUFFIXES = (STORE_SUFFIX, BUNDLE_SUFFIX, *DOCUMENT_SUFFIXES)
TIMEOUT_MS = 3000  # a window busy importing still answers within this (the socket is read on the UI thread)


class NoAnswer(Exception):
    """A window holds the store's socket but did not take the files."""


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container): the number is as unique
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def server_name(store_path: str | Path) -> str:
    """The socket name for this user and store (hashed: the path may be long or hold any character)."""
    resolved = Path(store_path).expanduser().resolve()
    return "reviewdesk-" + hashlib.sha256(f"{_user()}\0{resolved}".encode()).hexdigest()[:24]


def hand_over(store_path: str | Path, files: list[str]) -> bool:
    """Send ``files`` (may be none: the window is only raised) to a window open on ``store_path``.

    False when no window listens; ``NoAnswer`` when one is there but does not confirm.
    """
    socket = QLocalSocket()
    socket.connectToServer(server_name(store_path))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    message = {"files": [str(Path(f).expanduser().resolve()) for f in files]}
    socket.write(json.dumps(message).encode("utf-8") + b"\n")
    answer = b""
    if socket.waitForBytesWritten(TIMEOUT_MS):
        while b"\n" not in answer and socket.waitForReadyRead(TIMEOUT_MS):
            answer += bytes(socket.readAll())
    socket.disconnectFromServer()
    if answer.strip() != b"ok":
        raise NoAnswer(f"ReviewDesk is already open on {store_path} but did not answer; "
                       "close it, or wait for it, and try again")
    return True


class InstanceServer(QObject):
    """The running window's end: ``files_received(paths)`` for every launch that handed over."""

    files_received = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def name(self) -> str | None:
        return self.server.serverName() if self.server is not None else None

    def listen(self, store_path: str | Path) -> bool:
        """Listen for launches on ``store_path``; False when another window already does."""
        name = server_name(store_path)
        if self.name == name:
            return True
        self.close()
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            probe = QLocalSocket()
            probe.connectToServer(name)
            if probe.waitForConnected(500):  # a live window: the store is open there
                probe.disconnectFromServer()
                return False
            QLocalServer.removeServer(name)  # a socket file left by a window that was killed
            if not server.listen(name):
                return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None

    def _accept(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll())
        if b"\n" not in data:
            self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        try:
            files = [str(f) for f in json.loads(line.decode("utf-8"))["files"]]
        except (ValueError, KeyError, TypeError):
            socket.write(b"bad request\n")  # not a ReviewDesk launch: ignored
            return
        socket.write(b"ok\n")
        socket.flush()
        self.files_received.emit(files)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


class FileOpenEvents(QObject):
    """macOS hands a double-clicked or dropped-on-the-Dock file to the running app as a FileOpen event,
    not as an argument: the same ``files_received`` as a second launch (installed on the application)."""

    files_received = Signal(list)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.files_received.emit([event.file()])
            return True
        return super().eventFilter(watched, event)


def split_paths(paths: list[str]) -> tuple[list[str], list[str], list[str]]:
    """(stores, bundles, documents) by file name; anything else is left to the importer, which says why."""
    stores = [p for p in paths if p.lower().endswith(STORE_SUFFIX)]
    bundles = [p for p in paths if p.lower().endswith(BUNDLE_SUFFIX)]
    documents = [p for p in paths if p not in stores and p not in bundles]
    return stores, bundles, documents


def open_paths(window, paths: list[str]) -> None:
    """Bring the window forward and open ``paths`` in it (a store first, then the documents into it)."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    stores, bundles, documents = split_paths(paths)
    if bundles:
        import_bundle = getattr(window, "import_bundle", None)  # review bundles: the teams feature's own dialog
        if import_bundle is not None:
            for bundle in bundles:
                import_bundle(bundle)
        else:
            window.statusBar().showMessage(QCoreApplication.translate("OpenFiles", "This version cannot open review bundles: {file}").format(
                file=Path(bundles[0]).name), 10000)
    if stores:
        window.stores.switch(stores[-1], lambda _store: import_and_show(window, documents))
    else:
        import_and_show(window, documents)


def import_and_show(window, documents: list[str], on_shown: Callable[[int], None] | None = None) -> None:
    """Import ``documents`` into the open store, then open the first imported case in the window."""
    if not documents:
        return
    if window.imports.task is not None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "OpenFiles", "An import is already running; open the files again when it ends"), 8000)
        return

    def imported(summary) -> None:
        window.imports.finished.disconnect(imported)
        references = [r.reference for r in summary.results if r.status is ImportStatus.IMPORTED and r.reference]
        if not references:
            return

        def show(case_id: int) -> None:
            window.go_to_case(case_id)
            if on_shown is not None:
                on_shown(case_id)

        window.ops.query(lambda store: case_detail(store, references[0]).summary.id, show)

    window.imports.finished.connect(imported)
    window.imports.start(documents)
