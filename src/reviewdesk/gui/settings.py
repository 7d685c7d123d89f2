"""Every setting declared once with its type and default (Picard's ``options.py``), read through QSettings.

Values in the settings file can be anything (hand-edited, from an older version, an
ini written on another platform), so each read is coerced to the declared type and
falls back to the default rather than passing junk to the window. A key that is
not declared is a typo: it raises instead of silently writing a second setting.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from reviewdesk.domain.assessment import DEFAULT_SCALE
from reviewdesk.domain.vocabulary import DEFAULT_OCR_LANGUAGE

MAX_RECENT_STORES = 8
_OCR_LANGUAGES = re.compile(r"[a-z_]+(\+[a-z_]+)*")  # Tesseract's "eng", "eng+chi_sim"


@dataclass(frozen=True)
class Option:
    key: str
    type: type  # str, bool, int, list (of str) or QByteArray
    default: Any
    valid: Callable[[Any], bool] | None = None  # a coerced value failing it reads as the default


# Saved window geometries and splitter/header states, one per name.
LAYOUTS = ("window", "window_state", "main_splitter", "panes", "case_columns")

OPTIONS: dict[str, Option] = {option.key: option for option in (
    Option("stores/last", str, ""),
    Option("stores/recent", list, ()),
    Option("import/ocr_languages", str, DEFAULT_OCR_LANGUAGE, lambda v: bool(_OCR_LANGUAGES.fullmatch(v))),
    Option("reviewer/name", str, ""),
    # Points added to the documents' and tables' font (Ctrl+= / Ctrl+-): readable at 200 % zoom and beyond.
    Option("view/text_size_step", int, 0, lambda v: -4 <= v <= 16),
    Option("export/paper", str, "a4", lambda v: v in ("a4", "letter")),
    Option("export/template", str, ""),  # a .docx whose styles briefings take; "" for the built-in look
    Option("assessment/scale", str, DEFAULT_SCALE),
    Option("tagging/digits", bool, True),  # digits 1–9 tag the selection in a letter, annex or reply view
    # The interface language (gui/i18n.py): "" follows the system locale; read at start-up.
    Option("view/language", str, "", lambda v: v in ("", "en", "fr", "es")),
    # An encrypted store's window locks after this many idle minutes (gui/lock.py); 0 never.
    Option("security/auto_lock_minutes", int, 0, lambda v: 0 <= v <= 480),
    *(Option(f"layout/{name}", QByteArray, None) for name in LAYOUTS),
)}


class Junk(ValueError):
    """A stored value that cannot be read as the option's type."""


def _coerce(option: Option, value: Any) -> Any:
    if option.type is str:
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return str(value)
    elif option.type is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):  # how an ini file writes them
            return value.lower() == "true"
    elif option.type is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and re.fullmatch(r"-?\d{1,4}", value.strip()):
            return int(value)
    elif option.type is list:
        if isinstance(value, str):  # QSettings gives back a one-item list as a plain string
            return [value]
        if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            return list(value)
    elif option.type is QByteArray:
        if isinstance(value, QByteArray):
            return value
        if isinstance(value, (bytes, bytearray)):
            return QByteArray(bytes(value))
    raise Junk(f"{option.key}: {type(value).__name__} is not {option.type.__name__}")


def option(key: str) -> Option:
    try:
        return OPTIONS[key]
    except KeyError:
        raise KeyError(f"undeclared setting {key!r}: declare it in reviewdesk.gui.settings.OPTIONS") from None


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings("ReviewDesk", "ReviewDesk")

    def get(self, key: str) -> Any:
        """The stored value as the declared type, or the default when absent or junk."""
        declared = option(key)
        value = self.q.value(key)
        if value is None:
            return _copy(declared.default)
        try:
            value = _coerce(declared, value)
        except Junk:
            return _copy(declared.default)
        if declared.valid is not None and not declared.valid(value):
            return _copy(declared.default)
        return value

    def set(self, key: str, value: Any) -> None:
        declared = option(key)
        value = _coerce(declared, value)  # raises Junk (a ValueError) for a wrong type
        if declared.valid is not None and not declared.valid(value):
            raise ValueError(f"{key}: invalid value {value!r}")
        self.q.setValue(key, value)

    # -- the API the window uses --------------------------------------------------------
    @property
    def last_store(self) -> str | None:
        return self.get("stores/last") or None

    @last_store.setter
    def last_store(self, path: str) -> None:
        self.set("stores/last", path)
        recent = [path] + [p for p in self.recent_stores if p != path]
        self.set("stores/recent", recent[:MAX_RECENT_STORES])

    @property
    def recent_stores(self) -> list[str]:
        return self.get("stores/recent")

    def geometry(self, name: str) -> QByteArray | None:
        return self.get(f"layout/{name}")

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self.set(f"layout/{name}", value)

    @property
    def ocr_languages(self) -> str:
        """Tesseract languages for scans, e.g. "eng" or "eng+fra"; never empty."""
        return self.get("import/ocr_languages")

    @ocr_languages.setter
    def ocr_languages(self, value: str) -> None:
        self.set("import/ocr_languages", value or DEFAULT_OCR_LANGUAGE)  # none chosen means the default

    @property
    def text_size_step(self) -> int:
        return self.get("view/text_size_step")

    @text_size_step.setter
    def text_size_step(self, step: int) -> None:
        self.set("view/text_size_step", step)

    @property
    def reviewer(self) -> str:
        return self.get("reviewer/name")

    @reviewer.setter
    def reviewer(self, name: str) -> None:
        self.set("reviewer/name", name)


def _copy(default: Any) -> Any:
    """Defaults are shared: hand out a fresh list so a caller's append cannot change them."""
    return list(default) if isinstance(default, (list, tuple)) else default
