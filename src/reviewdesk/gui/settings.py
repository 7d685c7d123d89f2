"""Typed settings over QSettings, with defaults (window layout, stores)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT_STORES = 8


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings("ReviewDesk", "ReviewDesk")

    def _get(self, key: str, default, kind):
        value = self.q.value(key, default)
        if value is None:
            return default
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    @property
    def last_store(self) -> str | None:
        return self._get("stores/last", "", str) or None

    @last_store.setter
    def last_store(self, path: str) -> None:
        self.q.setValue("stores/last", path)
        recent = [path] + [p for p in self.recent_stores if p != path]
        self.q.setValue("stores/recent", recent[:MAX_RECENT_STORES])

    @property
    def recent_stores(self) -> list[str]:
        value = self.q.value("stores/recent", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in (value or [])]

    def geometry(self, name: str) -> QByteArray | None:
        value = self.q.value(f"layout/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self.q.setValue(f"layout/{name}", value)

    @property
    def ocr_languages(self) -> str:
        """Tesseract languages for scans, e.g. "eng" or "eng+fra"."""
        return self._get("import/ocr_languages", "eng", str) or "eng"

    @ocr_languages.setter
    def ocr_languages(self, value: str) -> None:
        self.q.setValue("import/ocr_languages", value)

    @property
    def reviewer(self) -> str:
        return self._get("reviewer/name", "", str)

    @reviewer.setter
    def reviewer(self, name: str) -> None:
        self.q.setValue("reviewer/name", name)
