"""Right-to-left PDF lines: the letters of one ligature glyph back in reading order.

A PDF font can map one glyph to several letters (LibreOffice's lam-alef "لا", "لأ", "لإ", "لى").
LibreOffice writes an Arabic line's glyphs from left to right; MuPDF turns the line round into
reading order, and the letters of a ligature glyph are turned round with it: "الادعاء" is read as
"االدعاء". The content stream still knows the glyph (PyMuPDF's text trace gives its letters in
the font's order at the glyph's origin), so the letters found reversed there are put back.

MuPDF also cuts such a line where Latin letters or digits meet the Arabic, and gives the pieces
in an order of its own: "AL OTH :الرقم المرجعي 12 2026 /", a full stop at the start. A line with
Arabic is therefore rebuilt from its letters' places on the page (left to right is the visual
order), by undoing the Unicode bidi algorithm for a right-to-left paragraph.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

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


def _direction(char: str) -> str:
    """"R" (a right-to-left letter or its mark), "L" (a Latin letter), "N" (a digit) or "" (a neutral)."""
    kind = unicodedata.bidirectional(char)
    if kind in ("R", "AL") or (kind == "NSM" and _RTL_RE.match(char)):
        return "R"
    return {"L": "L", "EN": "N", "AN": "N"}.get(kind, "")


# One of these between two numbers joins them ("15/03/2026", "1,5"); a space does not, unless a Latin
# letter before them made them left-to-right ("AL OTH 12 2026").
_NUMBER_JOINERS = frozenset("/.,:-+%")


def _left_to_right_runs(kinds: list[str], letters: str, start: int, end: int) -> list[tuple[int, int]]:
    """The left-to-right runs of ``kinds[start:end]`` (no "R" there), as (start, end) pairs.

    Neutrals between two left-to-right characters are theirs; those at the ends belong to the
    right-to-left paragraph. ``letters`` are the glyphs' first letters, for the number joiners.
    """
    strong = [i for i in range(start, end) if kinds[i]]
    if not strong:
        return []
    latin = any(kinds[i] == "L" for i in strong)
    runs = [[strong[0], strong[0] + 1]]
    for before, after in itertools.pairwise(strong):
        gap = after - before - 1
        if latin or gap == 0 or (gap == 1 and letters[before + 1] in _NUMBER_JOINERS):
            runs[-1][1] = after + 1
        else:
            runs.append([after, after + 1])
    return [(a, b) for a, b in runs]


def _logical_order(visual: list[list[dict]]) -> list[dict]:
    """The characters of a right-to-left line, given as glyphs left to right, in reading order.

    The inverse of the bidi algorithm: the runs are read from the right, a right-to-left run's
    glyphs from the right, a left-to-right run's ("AL OTH 12/2026") from the left; each glyph is
    a list of its letters in reading order. LibreOffice maps a mirrored bracket's glyph to the
    logical bracket, so brackets are not mirrored again (that would give ")Geneva(").
    """
    kinds = [_direction(glyph[0]["c"]) for glyph in visual]
    letters = "".join(glyph[0]["c"] for glyph in visual)
    runs: list[tuple[int, int, bool]] = []  # (start, end, left to right)
    position, stretch = 0, 0
    for index in [*(i for i, k in enumerate(kinds) if k == "R"), len(kinds)]:
        for a, b in _left_to_right_runs(kinds, letters, stretch, index):
            runs.append((position, a, False))
            runs.append((a, b, True))
            position = b
        stretch = index + 1
    runs.append((position, len(visual), False))
    ordered: list[dict] = []
    for a, b, ltr in reversed(runs):
        for glyph in visual[a:b] if ltr else reversed(visual[a:b]):
            ordered.extend(glyph)
    return ordered


def _has_width(char: dict) -> bool:
    return abs(char["bbox"][2] - char["bbox"][0]) >= 0.01


def _glyphs(chars: list[dict]) -> list[list[dict]]:
    """``chars`` (in MuPDF's order) as glyphs: a letter with a width, then those without (a ligature's
    further letters, marks) that MuPDF gives after it."""
    glyphs: list[list[dict]] = []
    for char in chars:
        if glyphs and not _has_width(char):
            glyphs[-1].append(char)
        else:
            glyphs.append([char])
    return glyphs


def _without_doubled_spaces(glyphs: list[list[dict]]) -> list[list[dict]]:
    """``glyphs`` less the spaces MuPDF adds where a cut piece of the line already has a glyph."""
    taken = [g[0]["origin"][0] for g in glyphs if g[0]["c"] != " "]
    kept: list[list[dict]] = []
    for glyph in glyphs:
        x = glyph[0]["origin"][0]
        if glyph[0]["c"] == " ":
            if any(abs(x - other) < 0.5 for other in taken):
                continue
            taken.append(x)
        kept.append(glyph)
    return kept


def _visual_lines(content: dict) -> list[list[tuple[dict, dict]]]:
    """The page's right-to-left printed lines, each as the (block, line) pieces MuPDF cut it into."""
    pieces = [(block, line) for block in content["blocks"] for line in block.get("lines", ())
              if line["spans"] and line["spans"][0]["chars"] and abs(line["dir"][1]) < 1e-3]
    groups: list[list[tuple[dict, dict]]] = []
    for piece in sorted(pieces, key=lambda p: p[1]["spans"][0]["chars"][0]["origin"][1]):
        line = piece[1]
        baseline = line["spans"][0]["chars"][0]["origin"][1]
        size = max(s["size"] for s in line["spans"])
        last = groups[-1][-1][1] if groups else None
        if last and abs(last["spans"][0]["chars"][0]["origin"][1] - baseline) < size * 0.3:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return [g for g in groups if _is_rtl_line(g)]


def _is_rtl_line(group: list[tuple[dict, dict]]) -> bool:
    """Whether a printed line is read right to left: it has Arabic, or MuPDF cut a line of digits and
    signs alone ("15/03/2026." ending an Arabic sentence) into pieces, as it does only at a change
    of direction. Lines with Latin letters and no Arabic are left as they are."""
    kinds = {_direction(c["c"]) for _b, line in group for span in line["spans"] for c in span["chars"]}
    return "R" in kinds or (len(group) > 1 and "L" not in kinds)


def _union(boxes: list) -> tuple[float, float, float, float]:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _rebuild(group: list[tuple[dict, dict]]) -> None:
    """One printed Arabic line, cut by MuPDF into ``group``, made the first piece's line in reading order."""
    tagged = [(char, span) for _block, line in group for span in line["spans"] for char in span["chars"]]
    span_of = {id(char): span for char, span in tagged}
    glyphs = sorted(_glyphs([char for char, _span in tagged]), key=lambda g: g[0]["origin"][0])
    chars = _logical_order(_without_doubled_spaces(glyphs))
    spans: list[dict] = []
    for char in chars:
        source = span_of[id(char)]
        if spans and spans[-1]["_source"] is source:
            spans[-1]["chars"].append(char)
        else:
            spans.append({**source, "_source": source, "chars": [char]})
    for span in spans:
        del span["_source"]
        span["text"] = "".join(c["c"] for c in span["chars"])
        span["bbox"] = _union([c["bbox"] for c in span["chars"]])
    first = group[0][1]
    first["bbox"] = _union([line["bbox"] for _block, line in group])
    first["spans"] = spans
    for block, line in group[1:]:
        block["lines"].remove(line)


def rtl_page_content(page: pymupdf.Page, flags: int) -> dict:
    """The page's ``rawdict`` text, each span with its ``text``: ligature letters in reading order,
    and each line with Arabic in reading order (lines without are left as they are)."""
    content = page.get_text("rawdict", flags=flags)
    ligatures = _ligatures(page)
    for block in content["blocks"]:
        for line in block.get("lines", ()):
            for span in line["spans"]:
                if ligatures:
                    span["chars"] = _in_reading_order(span["chars"], ligatures)
                span["text"] = "".join(c["c"] for c in span["chars"])
    for group in _visual_lines(content):
        _rebuild(group)
    return content
