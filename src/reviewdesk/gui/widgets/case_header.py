"""The strip above the panes: reference, date, parties, mandates, reply due date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reviewdesk.domain.vocabulary import ReplyState, reply_timeliness
from reviewdesk.gui.words import date_text
from reviewdesk.services.dto import CaseDetail


def due_text(detail: CaseDetail, today: date) -> str:
    s = detail.summary
    timeliness = reply_timeliness(s.reply_due, s.first_reply_date, s.reply_count, today)
    return DueText()(timeliness)


class DueText(QObject):
    """The reply's due date and delay in words, plural forms included (lupdate reads those only from ``self.tr``)."""

    def __call__(self, timeliness) -> str:
        if timeliness.due is None:
            return self.tr("Reply due date unknown")
        due = date_text(timeliness.due)
        days = timeliness.days
        if timeliness.state is ReplyState.RECEIVED:
            when = date_text(timeliness.received, self.tr("undated"))
            if timeliness.late:
                text = self.tr("Reply due {due} — received {when} (%n day(s) late)", "", days)
            else:
                text = self.tr("Reply due {due} — received {when} (on time)")
            return text.format(due=due, when=when)
        if timeliness.state is ReplyState.OVERDUE:
            return self.tr("Reply due {due} — no reply, %n day(s) late", "", days).format(due=due)
        return self.tr("Reply due {due} — %n day(s) left", "", days).format(due=due)


class CaseHeader(QWidget):
    def __init__(self, parent=None, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.details = QLabel(wordWrap=True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        self.set_case(None)

    def set_case(self, detail: CaseDetail | None) -> None:
        if detail is None:
            self.title.setText("<span style='font-size:14pt; color:#666'>{}</span>".format(self.tr("No case selected")))
            self.details.setText(self.tr("Choose a case on the left, or drop PDF letters and replies on the window (Ctrl+I)."))
            return
        s = detail.summary
        letter = detail.letter()
        mandates = letter.fields.get("mandates", []) if letter else []
        who = " · ".join(x for x in (s.organisation, s.addressee) if x)
        when = date_text(s.date, self.tr("undated"))
        self.title.setText(f"<span style='font-size:14pt'><b>{s.reference}</b></span> · {when} · {who}")
        parts = [due_text(detail, self.today), self.tr("%n mandate(s)", "", len(mandates)),
                 self.tr("%n question(s)", "", s.question_count)]
        tips = list(mandates)
        if detail.corrections:  # what the reviewer corrected wins over what was read: say which
            parts.append(self.tr("✎ corrected: {fields}").format(fields=", ".join(sorted(detail.corrections))))
            tips += [self.tr("{field}: corrected by {reviewer} on {date}").format(
                         field=name, reviewer=c.by or self.tr("a reviewer"), date=date_text(c.at))
                     for name, c in sorted(detail.corrections.items())]
        if detail.orphaned:
            parts.append(self.tr("⚠ %n orphaned", "", detail.orphaned))
            tips.append(self.tr("Tags or answer links that re-analysis could not place: listed in the Tags panel"))
        self.details.setText(" · ".join(parts))
        self.details.setToolTip("\n".join(tips))
