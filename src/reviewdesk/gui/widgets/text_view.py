"""The cleaned text of a document, with section captions and coloured highlights.

The widget shows exactly the stored text, so a selection maps to stored
offsets; Qt counts UTF-16 code units, Python counts code points, and the
helpers below convert between them.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from reviewdesk.domain.letter import SectionKind
from reviewdesk.services.dto import DocumentDTO


# Okabe–Ito yellow and orange: find matches read apart from tag colours.
FOUND = "#F7EE8A"
FOUND_CURRENT = "#E69F00"


def utf16_offsets(text: str) -> list[int]:
    """``result[i]`` is the UTF-16 position of code point ``i`` (and of the end)."""
    positions = [0] * (len(text) + 1)
    position = 0
    for index, char in enumerate(text):
        positions[index] = position
        position += 2 if ord(char) > 0xFFFF else 1
    positions[len(text)] = position
    return positions


class TextView(QPlainTextEdit):
    # A plain-text editor lays out only what is on screen: a 30-page letter opens without holding the window.
    selection_changed_offsets = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        # Caret browsing: Shift+arrows and Ctrl+Shift+arrows select, so tagging needs no mouse.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.setFont(font)
        self._text = ""
        self._utf16: list[int] = [0]
        self._base: list[QTextEdit.ExtraSelection] = []
        self._highlights: list[QTextEdit.ExtraSelection] = []
        self._found: list[QTextEdit.ExtraSelection] = []
        self._tips: list[tuple[int, int, str]] = []
        self.selectionChanged.connect(self._emit_selection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def set_document(self, document: DocumentDTO | None) -> None:
        self._text = document.text if document else ""
        self._utf16 = utf16_offsets(self._text)
        # Loading a text is not the reviewer clicking in it: no cursor or selection signals.
        self.blockSignals(True)
        self.setPlainText(self._text)
        self.blockSignals(False)
        self._base = []
        self._found = []
        if document is not None:
            heading = QTextCharFormat()
            heading.setFontWeight(QFont.Weight.Bold)
            for question in document.questions:
                label_start = self._text.rfind(question.label, 0, question.start)
                if label_start >= 0:
                    self._base.append(self._selection(label_start, label_start + len(question.label), heading))
            quiet = QTextCharFormat()
            quiet.setForeground(QColor("#666666"))
            for section in document.sections:
                if section.kind in (SectionKind.HEADER, SectionKind.FOOTNOTES):
                    self._base.append(self._selection(section.start, section.end, quiet))
        self._apply()

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._utf16[min(start, len(self._text))])
        cursor.setPosition(self._utf16[min(end, len(self._text))], QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def set_tips(self, tips: list[tuple[int, int, str]]) -> None:
        """What hovering a span shows (its tags' terms and notes)."""
        self._tips = tips

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt API: hovering happens over the viewport
        if event.type() == QEvent.Type.ToolTip:
            offset = self.to_offset(self.cursorForPosition(event.pos()).position())
            lines = [text for start, end, text in self._tips if start <= offset < end]
            if lines:
                QToolTip.showText(event.globalPos(), "\n".join(lines), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def set_highlights(self, spans: list[tuple[int, int, QColor]]) -> None:
        self._highlights = []
        for start, end, colour in spans:
            fmt = QTextCharFormat()
            fill = QColor(colour)
            fill.setAlpha(80)
            fmt.setBackground(fill)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(colour)
            self._highlights.append(self._selection(start, end, fmt))
        self._apply()

    def set_found(self, spans: list[tuple[int, int]], current: int) -> None:
        """Find matches over everything else: all of them marked, the current one stronger and boxed."""
        self._found = []
        for index, (start, end) in enumerate(spans):
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(FOUND_CURRENT if index == current else FOUND))
            if index == current:  # not colour alone: the current match is also bold
                fmt.setFontWeight(QFont.Weight.Bold)
            self._found.append(self._selection(start, end, fmt))
        self._apply()

    def _apply(self) -> None:
        self.setExtraSelections(self._base + self._highlights + self._found)

    def scroll_to_offset(self, offset: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._utf16[min(offset, len(self._text))])
        # Scrolling for the reviewer is not a click by the reviewer: no cursor signals.
        self.blockSignals(True)
        self.setTextCursor(cursor)
        self.blockSignals(False)
        # Put the target near the top, where the eye goes, not at the bottom edge (the bar counts lines here).
        line = cursor.block().firstLineNumber() + cursor.block().layout().lineForTextPosition(
            cursor.positionInBlock()).lineNumber()
        visible = max(1, self.viewport().height() // max(1, self.fontMetrics().lineSpacing()))
        self.verticalScrollBar().setValue(max(0, line - visible // 5))

    def to_offset(self, utf16_position: int) -> int:
        """The code-point offset of a Qt position."""
        return bisect_left(self._utf16, utf16_position)

    def selected_offsets(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.to_offset(cursor.selectionStart()), self.to_offset(cursor.selectionEnd())

    def select_offsets(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._utf16[start])
        cursor.setPosition(self._utf16[end], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def _emit_selection(self) -> None:
        offsets = self.selected_offsets()
        if offsets:
            self.selection_changed_offsets.emit(*offsets)
