"""The cleaned text of a document, with section captions and coloured highlights.

The widget shows exactly the stored text, so a selection maps to stored
offsets; Qt counts UTF-16 code units, Python counts code points, and the
helpers below convert between them.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from reviewdesk.domain.letter import SectionKind
from reviewdesk.services.dto import DocumentDTO

# Okabe–Ito yellow and orange: find matches read apart from tag colours.
FOUND = "#F7EE8A"
FOUND_CURRENT = "#E69F00"


TAG_TINT_ALPHA = 60  # light enough that the text and the stacked underlines stay legible
MAX_UNDERLINE_LEVELS = 4  # more overlapping tags than that share the last line


def _in_word(c: str) -> bool:
    # Chinese and Japanese write no spaces: there each character is a unit, or a drag would take the line.
    return c.isalnum() and not ("\u2e80" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or "\uff00" <= c <= "\uffef")


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to whole words (a drag rarely starts or ends exactly on a word's edge)."""
    while start > 0 and _in_word(text[start - 1]):
        start -= 1
    while end < len(text) and _in_word(text[end]):
        end += 1
    return start, end


def underline_levels(spans: list[tuple[int, int]]) -> list[int]:
    """For each span, the lowest underline row no overlapping span uses (stacked, never blended)."""
    levels = [0] * len(spans)
    ends: list[int] = []  # per level, where the last span placed on it ends
    for index in sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1])):
        start, end = spans[index]
        level = next((n for n, last in enumerate(ends) if last <= start), len(ends))
        if level == len(ends):
            ends.append(end)
        ends[level] = end
        levels[index] = min(level, MAX_UNDERLINE_LEVELS - 1)
    return levels


def utf16_offsets(text: str) -> list[int]:
    """``result[i]`` is the UTF-16 position of code point ``i`` (and of the end)."""
    positions = [0] * (len(text) + 1)
    position = 0
    for index, char in enumerate(text):
        positions[index] = position
        position += 2 if ord(char) > 0xFFFF else 1
    positions[len(text)] = position
    return positions


def _x(value) -> float:
    # PySide6 returns (x, position) from the int* overload and a float from the other.
    return float(value[0] if isinstance(value, tuple) else value)


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
        self._underlines: list[tuple[int, int, QColor, int]] = []  # UTF-16 start, end, colour, row
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
        """Tags: a light tint, and an underline in each tag's colour, stacked where tags overlap."""
        self._highlights = []
        for start, end, colour in spans:
            fmt = QTextCharFormat()
            fill = QColor(colour)
            fill.setAlpha(TAG_TINT_ALPHA)
            fmt.setBackground(fill)
            self._highlights.append(self._selection(start, end, fmt))
        levels = underline_levels([(start, end) for start, end, _colour in spans])
        limit = len(self._text)
        self._underlines = [(self._utf16[min(start, limit)], self._utf16[min(end, limit)], QColor(colour), level)
                            for (start, end, colour), level in zip(spans, levels)]
        self._apply()
        self.viewport().update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self._underlines:
            self._paint_underlines()

    def _paint_underlines(self) -> None:
        painter = QPainter(self.viewport())
        offset = self.contentOffset()
        bottom = self.viewport().height()
        block = self.firstVisibleBlock()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > bottom:
                break
            block_start, layout = block.position(), block.layout()
            block_end = block_start + block.length()
            for start, end, colour, level in self._underlines:
                if end <= block_start or start >= block_end:
                    continue
                painter.setPen(QPen(colour, 2))
                for number in range(layout.lineCount()):
                    line = layout.lineAt(number)
                    line_start = block_start + line.textStart()
                    first, last = max(start, line_start), min(end, line_start + line.textLength())
                    if first >= last:
                        continue
                    x0, x1 = (_x(line.cursorToX(position - block_start)) for position in (first, last))
                    y = geometry.top() + line.y() + line.ascent() + 2 + 3 * level
                    painter.drawLine(QPointF(geometry.left() + x0, y), QPointF(geometry.left() + x1, y))
            block = block.next()
        painter.end()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().mouseReleaseEvent(event)
        # A dragged selection snaps to whole words; Alt keeps it exactly where the mouse left it.
        if event.button() == Qt.MouseButton.LeftButton and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            offsets = self.selected_offsets()
            if offsets:
                snapped = snap_to_words(self._text, *offsets)
                if snapped != offsets:
                    self.select_offsets(*snapped)

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
