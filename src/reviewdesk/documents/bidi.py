"""Right-to-left PDF lines: the letters of one ligature glyph back in reading order.

A PDF font can map one glyph to several letters (LibreOffice's lam-alef "لا", "لأ", "لإ", "لى").
LibreOffice writes an Arabic line's glyphs from left to right; MuPDF turns the line round into
reading order, and the letters of a ligature glyph are turned round with it: "الادعاء" is read as
"االدعاء". The content stream still knows the glyph (PyMuPDF's text trace gives its letters in
the font's order at the glyph's origin), so the letters found reversed there are put back.
"""

from __future__ import annotations

import re

import pymupdf

# Arabic, Syriac, Thaana, Arabic Supplement/Extended and the presentation forms; Hebrew too.
_RTL_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")


def has_rtl(content: dict) -> bool:
    """Whether a page's ``dict`` text has right-to-left letters (only such pages are looked at again)."""
    return any(_RTL_RE.search(span["text"])
               for block in content["blocks"] for line in block.get("lines", ()) for span in line["spans"])


def _origin(point) -> tuple[float, float]:
    return round(point[0], 2), round(point[1], 2)


def _ligatures(page: pymupdf.Page) -> dict[tuple[float, float], str]:
    """The glyphs of the page that stand for several letters: origin → the letters in the font's order."""
    found: dict[tuple[float, float], str] = {}
    for span in page.get_texttrace():
        start, letters = None, ""
        for code, glyph, origin, _bbox in span["chars"]:
            if glyph == -1 and start is not None:  # a further letter of the glyph before it
                letters += chr(code)
                found[start] = letters
            else:
                start, letters = _origin(origin), chr(code)
    return found


def _in_reading_order(chars: list[dict], ligatures: dict[tuple[float, float], str]) -> list[dict]:
    """``chars`` with each ligature's letters, found before the glyph's first letter in reverse, put back.

    MuPDF gives a glyph's further letters no width; a letter with a width before it is the word's own.
    """
    chars = list(chars)
    for i, char in enumerate(chars):
        letters = ligatures.get(_origin(char["origin"]))
        if not letters or char["c"] != letters[0]:
            continue
        rest = len(letters) - 1
        before = chars[i - rest:i] if i >= rest else []
        if "".join(c["c"] for c in before) == letters[:0:-1] and all(
                abs(c["bbox"][2] - c["bbox"][0]) < 0.01 for c in before):
            chars[i - rest:i + 1] = [char, *reversed(before)]
    return chars


def rtl_page_content(page: pymupdf.Page, flags: int) -> dict:
    """The page's ``rawdict`` text, each span with its ``text``, ligature letters in reading order."""
    content = page.get_text("rawdict", flags=flags)
    ligatures = _ligatures(page)
    for block in content["blocks"]:
        for line in block.get("lines", ()):
            for span in line["spans"]:
                if ligatures:
                    span["chars"] = _in_reading_order(span["chars"], ligatures)
                span["text"] = "".join(c["c"] for c in span["chars"])
    return content
