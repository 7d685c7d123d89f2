"""The strip above the panes: reference, date, parties, mandates, reply due date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reviewdesk.domain.vocabulary import ReplyState, reply_timeliness
from reviewdesk.services.dto import CaseDetail


def due_text(detail: CaseDetail, today: date) -> str:
    s = detail.summary
    timeliness = reply_timeliness(s.reply_due, s.first_reply_date, s.reply_count, today)
    if timeliness.due is None:
        return "Reply due date unknown"
    due = timeliness.due.strftime("%d %b %Y")
    if timeliness.state is ReplyState.RECEIVED:
        when = timeliness.received.strftime("%d %b %Y") if timeliness.received else "undated"
        return f"Reply due {due} — received {when} " + (f"({timeliness.days} days late)" if timeliness.late else "(on time)")
    if timeliness.state is ReplyState.OVERDUE:
        return f"Reply due {due} — no reply, {timeliness.days} days late"
    return f"Reply due {due} — {timeliness.days} days left"


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
            self.title.setText("<span style='font-size:14pt; color:#666'>No case selected</span>")
            self.details.setText("Choose a case on the left, or drop PDF letters and replies on the window (Ctrl+I).")
            return
        s = detail.summary
        letter = detail.letter()
        mandates = letter.fields.get("mandates", []) if letter else []
        who = " · ".join(x for x in (s.organisation, s.addressee) if x)
        when = s.date.strftime("%d %b %Y") if s.date else "undated"
        self.title.setText(f"<span style='font-size:14pt'><b>{s.reference}</b></span> · {when} · {who}")
        mandate_text = f"{len(mandates)} mandate{'s' if len(mandates) != 1 else ''}"
        parts = [due_text(detail, self.today), mandate_text, f"{s.question_count} questions"]
        tips = list(mandates)
        if detail.corrections:  # what the reviewer corrected wins over what was read: say which
            parts.append(f"✎ corrected: {', '.join(sorted(detail.corrections))}")
            tips += [f"{name}: corrected by {c.by or 'a reviewer'} on {c.at:%d %b %Y}"
                     for name, c in sorted(detail.corrections.items())]
        if detail.orphaned:
            parts.append(f"⚠ {detail.orphaned} orphaned")
            tips.append("Tags or answer links that re-analysis could not place: listed in the Tags panel")
        self.details.setText(" · ".join(parts))
        self.details.setToolTip("\n".join(tips))
