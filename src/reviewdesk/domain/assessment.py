"""Assessment vocabulary: per-question verdicts, reply grades and the actions a reply reports."""

from __future__ import annotations

from enum import StrEnum


class Verdict(StrEnum):
    ANSWERED = "answered"
    PARTIAL = "partially answered"
    NOT_ANSWERED = "not answered"
    REJECTED = "rejected"
    NOT_APPLICABLE = "not applicable"


ACTIONS = (
    "investigation opened",
    "protection measures granted",
    "release",
    "prosecution or suspension of perpetrators",
    "policy or law change",
    "other",
)

# (scale key, name, [(value key, label, administrative)]): loaded into every store, editable there.
DEFAULT_SCALES = [
    ("piccone", "Piccone scale (Brookings)", [
        ("no-response", "No response", False),
        ("violation-rejected", "Violation rejected", False),
        ("responsive-incomplete", "Responsive but incomplete", False),
        ("immaterial", "Immaterial response", False),
        ("steps-taken", "Steps taken to address", False),
        ("in-translation", "In translation", True),
        ("file-not-available", "File not available", True),
    ]),
    ("hrc", "Human Rights Committee follow-up grades", [
        ("A", "A — Largely satisfactory", False),
        ("B", "B — Partially satisfactory", False),
        ("C", "C — Not satisfactory", False),
        ("D", "D — No cooperation", False),
        ("E", "E — Measures contrary to or rejecting the recommendation", False),
    ]),
]
DEFAULT_SCALE = "piccone"


def propose_grade(scale: str, has_reply: bool, verdicts: list[Verdict], actions: list[str]) -> str | None:
    """The value key ReviewDesk proposes from the verdicts; the reviewer decides."""
    counted = [v for v in verdicts if v is not Verdict.NOT_APPLICABLE]
    answered = sum(v is Verdict.ANSWERED for v in counted)
    partial = sum(v is Verdict.PARTIAL for v in counted)
    rejected = sum(v is Verdict.REJECTED for v in counted)
    if scale == "piccone":
        if not has_reply:
            return "no-response"
        if actions and set(actions) != {"other"}:
            return "steps-taken"
        if rejected and rejected > answered + partial:
            return "violation-rejected"
        if answered or partial:
            return "responsive-incomplete"
        return "immaterial" if counted else None
    if scale == "hrc":
        if not has_reply:
            return "D"
        if counted and answered == len(counted):
            return "A"
        if answered or partial:
            return "B"
        return "C" if counted else None
    return None
