"""Arabic and Chinese replies: read in logical order, shown, selected and tagged in the text and page views.

The replies are fictional and made here with PyMuPDF's HTML layout (HarfBuzz shaping) and the
Noto fonts of the system (fonts-noto), so their text maps to Arabic presentation forms as many
real PDFs do; the reader gives back the letters (documents/pdf.py ``logical_text``).
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import QPoint, Qt

from reviewdesk.documents.pdf import logical_text
from reviewdesk.services.geometry import document_blocks, span_rects
from reviewdesk.services.importer import import_paths
from reviewdesk.services.pairing import set_document_case
from reviewdesk.services.document_kinds import set_document_kind
from reviewdesk.domain.letter import DocumentKind
from reviewdesk.services.tags import tags_for_case

from ..conftest import LETTERS

NOTO = [Path("/usr/share/fonts/truetype/noto"), Path("/usr/share/fonts/opentype/noto")]
ARABIC_FONT, CHINESE_FONT = "NotoNaskhArabic-Regular.ttf", "NotoSansCJK-Regular.ttc"
# Words without a lam-alef: PyMuPDF's HTML writer maps that ligature glyph to no text at all.
ARABIC = ["البعثة الدائمة للجمهورية العربية السورية", "الرقم المرجعي: AL OTH 78/2021",
          "جوابا عن الرسالة المؤرخة، تؤكد الحكومة أن القانون يحظر الحرمان التعسفي من الحرية."]
CHINESE = ["中华人民共和国常驻联合国日内瓦办事处代表团", "参考编号：AL OTH 78/2021",
           "关于指控信，政府谨表示任意拘留受到法律禁止。"]


def _font(name: str) -> Path:
    return next(folder / name for folder in NOTO if (folder / name).exists())


def make_reply(path: Path, paragraphs: list[str], font: str, direction: str) -> Path:
    archive = pymupdf.Archive()
    archive.add(str(_font(font)), font)
    css = f"@font-face {{font-family: noto; src: url({font});}} p {{font-family: noto; font-size: 13pt;}}"
    with pymupdf.open() as doc:
        doc.new_page().insert_htmlbox(pymupdf.Rect(72, 72, 523, 770),
                                      "".join(f'<p dir="{direction}">{p}</p>' for p in paragraphs),
                                      css=css, archive=archive)
        doc.save(path)
    return path


def _flat(text: str) -> str:
    return " ".join(text.split())  # the HTML layout writes no-break spaces between words


def test_presentation_forms_become_letters_and_other_text_is_untouched():
    assert logical_text("ﺍﻟﺒﻌﺜﺔ ﻻ") == "البعثة لا"
    assert logical_text("ﬁne ½ 中文") == "ﬁne ½ 中文"  # only Arabic presentation forms are changed


@pytest.fixture(params=["arabic", "chinese"])
def reply_case(request, window, store, tmp_path):
    paragraphs, font, direction = {"arabic": (ARABIC, ARABIC_FONT, "rtl"),
                                   "chinese": (CHINESE, CHINESE_FONT, "ltr")}[request.param]
    reply = make_reply(tmp_path / f"reply_{request.param}.pdf", paragraphs, font, direction)
    summary = import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", reply])
    letter, answer = summary.imported
    # The reader has no Arabic or Chinese cues for a reply: the reviewer says what it is and pairs it
    # (Edit details' kind, then Pair), as for any document ReviewDesk could not place.
    if answer.kind is not DocumentKind.REPLY:
        set_document_kind(store, answer.document_ids[0], DocumentKind.REPLY, "")
    if answer.reference != letter.reference:
        set_document_case(store, answer.document_ids[0], letter.reference)
    window.refresh_cases()
    window.select_case(window.case_model.case_id(0))
    pane = window.reply_pane
    document = pane.current()
    assert document is not None and document.filename == reply.name
    return request.param, paragraphs, pane, document


def test_the_reply_text_is_stored_in_reading_order(reply_case):
    _name, paragraphs, pane, document = reply_case
    for paragraph in paragraphs:
        assert _flat(paragraph) in _flat(document.text)
    pane.show_text()
    assert _flat(paragraphs[0]) in _flat(pane.text_view.toPlainText())


def test_a_span_is_selected_and_tagged_in_the_text_view(reply_case, window, store):
    name, _paragraphs, pane, document = reply_case
    phrase = {"arabic": "الحرمان التعسفي", "chinese": "任意拘留"}[name]
    pane.show_text()
    start = _flat(document.text).index(phrase)
    start = document.text.index(phrase[:3], max(0, start - 20))  # the same place in the stored text
    end = start + len(phrase)
    assert _flat(document.text[start:end]) == phrase
    pane.text_view.select_offsets(start, end)
    assert _flat(pane.text_view.textCursor().selectedText()) == phrase
    window.tagging.tag_with_shortcut("3")  # Arbitrary detention in the starter vocabulary
    (tag,) = tags_for_case(store, window.current_case.summary.id)
    assert tag.term_label == "Arbitrary detention" and _flat(tag.quote) == phrase


def test_a_span_is_selected_and_tagged_on_the_page(reply_case, window, store, qtbot):
    """The first words of a line: at its right end in Arabic, at its left end in Chinese."""
    name, paragraphs, pane, document = reply_case
    pane.show_pages()
    first = paragraphs[0].split()[0] if name == "arabic" else paragraphs[0][:5]  # "البعثة" / "中华人民共"
    start = document.text.index(first)
    end = start + len(first)
    blocks = document_blocks(store, document.id)
    (page, rect), = span_rects(blocks, start, end)
    line = next(b for b in blocks if b.start <= start < b.end)
    assert line.rtl is (name == "arabic")
    if name == "arabic":
        assert abs(rect[2] - line.bbox[2]) < 1 and rect[0] > line.bbox[0] + (line.bbox[2] - line.bbox[0]) / 2
    else:
        assert abs(rect[0] - line.bbox[0]) < 1 and rect[2] < line.bbox[0] + (line.bbox[2] - line.bbox[0]) / 2
    label = pane.page_view.label_for_page(page)
    zoom = pane.page_view.zoom
    y = int((rect[1] + rect[3]) / 2 * zoom)
    right, left = QPoint(int(rect[2] * zoom) - 1, y), QPoint(int(rect[0] * zoom) + 1, y)
    # Dragged as the reader reads: from the right in Arabic, from the left in Chinese.
    press, release = (right, left) if name == "arabic" else (left, right)
    qtbot.mousePress(label, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseRelease(label, Qt.MouseButton.LeftButton, pos=release)
    selected = pane.selection()
    assert selected is not None
    quote = document.text[selected[0]:selected[1]]
    assert first[1:-1] in quote and len(quote) <= len(first) + 2, quote
    window.tagging.tag_with_shortcut("3")
    (tag,) = tags_for_case(store, window.current_case.summary.id)
    assert tag.quote.strip() and first[1:-1] in tag.quote
    assert pane.page_view.highlights and pane.page_view.highlights[0][0] == page
