"""Help › User guide (F1): the guide shipped with the app, shown in a window of its own (no browser, no network);
Help › About's text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout

from reviewdesk import __version__
from reviewdesk.gui.resource_files import resource_path


class GuideWindow(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ReviewDesk user guide"))
        self.resize(760, 640)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # the guide links only to itself
        folder = resource_path("guide")
        self.browser.setSearchPaths([str(folder)])
        self.browser.setSource(QUrl.fromLocalFile(str(folder / "index.html")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)


def about_text(location) -> str:
    """Help › About: what ReviewDesk is, the open store, and the versions a bug report needs."""
    import platform  # noqa: PLC0415

    import PySide6  # noqa: PLC0415
    import sqlalchemy  # noqa: PLC0415
    from PySide6.QtCore import qVersion  # noqa: PLC0415

    try:
        from importlib.metadata import version  # noqa: PLC0415

        pymupdf = version("PyMuPDF")
    except Exception:  # noqa: BLE001 - a missing distribution only hides one line
        pymupdf = QCoreApplication.translate("About", "unknown")
    store = getattr(location, "path", None) or location  # a team store: its URL, without the password
    about = QCoreApplication.translate(
        "About", "<p>Offline review of UN Special Procedures communications.</p><p>Store: {store}</p>"
                 "<p>Nothing leaves this computer unless you export it.</p>").format(store=store)
    return (f"<h3>ReviewDesk {__version__}</h3>{about}"
            f"<p style='color:#555'>Python {platform.python_version()} · Qt {qVersion()} · "
            f"PySide6 {PySide6.__version__} · PyMuPDF {pymupdf} · SQLAlchemy {sqlalchemy.__version__}</p>")
