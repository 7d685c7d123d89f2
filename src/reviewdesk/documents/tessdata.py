"""Where Tesseract's language packs are, and what to tell the user when one is missing.

PyMuPDF runs the OCR with the Tesseract it is built with; it needs only the folder of
``*.traineddata`` files. That folder is ``$TESSDATA_PREFIX`` when set (even when it is empty or wrong:
the user chose it, so the message names it), else the first of the usual install paths that holds a
pack, else whatever ``pymupdf.get_tessdata()`` finds by asking the ``tesseract`` command. The usual
paths come first so that an application bundle, whose PATH may not hold ``tesseract``, finds the
packs a Debian, Homebrew or Windows installer put there.
"""

from __future__ import annotations

import glob
import os
import sys
from dataclasses import dataclass
from pathlib import Path

ENV = "TESSDATA_PREFIX"
USUAL_PATHS = (
    "/usr/share/tesseract-ocr/*/tessdata",  # Debian, Ubuntu (tesseract-ocr-LANG packages)
    "/usr/share/tessdata",  # Fedora, Arch
    "/usr/local/share/tessdata",  # built from source, Homebrew on Intel
    "/opt/homebrew/share/tessdata",  # Homebrew on Apple silicon
    "/opt/local/share/tessdata",  # MacPorts
    r"C:\Program Files\Tesseract-OCR\tessdata",  # the UB Mannheim installer
)


@dataclass(frozen=True)
class Tessdata:
    folder: Path | None
    from_env: bool  # the folder is $TESSDATA_PREFIX
    languages: frozenset[str]


def _languages(folder: Path) -> frozenset[str]:
    return frozenset(path.stem for path in folder.glob("*.traineddata"))


def find_tessdata() -> Tessdata:
    chosen = os.environ.get(ENV)
    if chosen:
        folder = Path(chosen)
        return Tessdata(folder, True, _languages(folder) if folder.is_dir() else frozenset())
    # Newest version first: /usr/share/tesseract-ocr/5 before 4.00.
    candidates = [Path(p) for pattern in USUAL_PATHS for p in sorted(glob.glob(pattern), reverse=True)]
    for folder in candidates:
        if _languages(folder):
            return Tessdata(folder, False, _languages(folder))
    try:
        import pymupdf  # only when the usual places hold nothing

        found = pymupdf.get_tessdata()
    except Exception:  # no Tesseract installed
        return Tessdata(None, False, frozenset())
    folder = Path(found) if found else None
    return Tessdata(folder, False, _languages(folder) if folder and folder.is_dir() else frozenset())


def missing_languages_hint(language: str, tessdata: Tessdata) -> str:
    """Why ``language`` ("eng" or "eng+fra") cannot be read and how to fix it, in one sentence."""
    missing = [part for part in language.split("+") if part not in tessdata.languages]
    installed = "+".join(sorted(tessdata.languages)) or "none"
    if tessdata.folder is None:
        where = f"no Tesseract language folder found (set {ENV} or install Tesseract)"
    else:
        where = f"installed: {installed} in {tessdata.folder}" + (f" (from {ENV})" if tessdata.from_env else "")
    if sys.platform.startswith("linux"):
        install = "install " + " ".join(f"tesseract-ocr-{part.replace('_', '-').lower()}" for part in missing)
    else:
        install = "install Tesseract's " + "+".join(missing) + " language data"
    files = ", ".join(f"{part}.traineddata" for part in missing)
    return f"{where}; {install}, or set {ENV} to a folder holding {files}"
