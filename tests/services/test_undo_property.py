"""Random edits, undos and redos: each undo returns the store exactly to the state before its edit.

The store holds the fixture letter with its reply, the demo case with its reply,
a reply waiting to be paired and a copy of the fixture letter whose reference
line was lost (waiting for a reference, with its annex). Each example starts from that state, runs a
random sequence of service edits interleaved with undo and redo (as the
window's undo stack does: a new edit drops the redo stack), and compares the
whole store (every row of every table, FTS5 shadow tables included, raw
columns) after each undo with the state before that edit, and after each redo
with the state after it. A failed edit must change nothing. At the end
everything is undone and the store must be as it started.
"""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from reviewdesk.db import open_store
from reviewdesk.domain.assessment import Verdict
from reviewdesk.domain.errors import ReviewDeskError
from reviewdesk.domain.vocabulary import LETTER_KINDS, REPLY_KINDS, TagStatus, VocabularyKey
from reviewdesk.services.answer_links import link_passage, reject_suggestion, unlink
from reviewdesk.services.assessment import set_grade, set_verdict
from reviewdesk.services.authorship import sign_unsigned
from reviewdesk.services.corrections import FIELDS, correct_fields, revert_field
from reviewdesk.services.demo import import_demo
from reviewdesk.domain.vocabulary import CHOSEN_KINDS
from reviewdesk.services.document_kinds import set_document_kind
from reviewdesk.services.filing import file_document, move_document
from reviewdesk.services.importer import import_paths
from reviewdesk.services.pairing import set_document_case
from reviewdesk.services.questions import (
    add_question,
    merge_questions,
    remove_question,
    renumber_questions,
    set_question_span,
    split_question,
)
from reviewdesk.services.redaction import redact, redact_span, remove_redaction
from reviewdesk.services.suggest import set_status, suggest_tags
from reviewdesk.services.tags import add_tag, delete_tag, set_note
from reviewdesk.services.terms import add_term, merge_terms, update_term

from ..conftest import LETTERS, REPLIES
from .snapshot import Snapshots, differences

WAITING_REPLY = ("Geneva, 3 June 2021\n\nIn reply to your letter, the company states that it has audited its "
                 "suppliers and found no evidence of forced labour or of surveillance of workers.\n")
NOTES = ("", "key", "see annex", "contested")
COLOURS = ("#E69F00", "#56B4E9", "#000000")
REDACTED = ("the company", "detention", "Nobody Ofthat Name")  # the last occurs nowhere: refused
# Values tried for each corrected field: good ones, the parsed ones (no change) and bad ones (refused).
CORRECTIONS = {
    "reference": ["UA OTH 78/2021", "AL OTH 1/2026", "AL GBR 5/2021", "not a reference"],
    "type": ["UA", "OL", "XX"], "date": ["2021-03-15", "2021-03-12", None, "15/03/2021"],
    "reply_due": ["2021-06-01", "1999-01-01", None], "addressee": ["Mr. X", None], "addressee_title": ["CEO"],
    "organisation": ["Other Ltd"], "mandates": [["One mandate"], [], 5], "hrc_resolutions": [["44/15"]],
    "signatories": [[{"name": "A. B.", "title": "Chair"}]], "similar_letters_to": [["Germany"]],
    "similar_letters_to_others": [True], "language": ["fr", "English"], "annex_cites": [["UNGP 1"]],
}
REFERENCES = ("AL OTH 78/2021", "AL OTH 1/2026", "UA GBR 5/2021")


class World:
    """The store under test, reset to the prepared state before each example."""

    def __init__(self, folder) -> None:
        prepared = folder / "prepared.rdstore"
        reply = folder / "waiting_reply.txt"
        reply.write_text(WAITING_REPLY, encoding="utf-8")
        unfiled = folder / "no_reference.txt"
        letter = (LETTERS / "AL_OTH_78_2021.txt").read_text(encoding="utf-8")
        unfiled.write_text("\n".join(line for line in letter.splitlines() if "78/2021" not in line), encoding="utf-8")
        with open_store(prepared) as store:
            import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf", reply,
                                 unfiled])
            import_demo(store)
        self.prepared = sqlite3.connect(prepared)
        self.store = open_store(folder / "work.rdstore")
        self.reset()
        self.snapshots = Snapshots(self.store.path)
        self.initial = self.snapshots.take()
        rows = lambda table: self.snapshots.rows(self.initial, table)  # noqa: E731
        self.documents = {d["id"]: d for d in rows("document")}
        self.cases = {c["id"]: c["reference"] for c in rows("case")}
        self.questions = {q["id"]: q for q in rows("question")}
        self.replies = sorted(i for i, d in self.documents.items() if d["kind"] in REPLY_KINDS)
        assert any(self.documents[i]["case_id"] is None for i in self.replies), "a reply must wait unpaired"
        self.scale_values = [(s["key"], v["key"]) for s in rows("scale") for v in rows("scale_value")
                             if v["scale_id"] == s["id"]]

    def reset(self) -> None:
        raw = self.store.engine.raw_connection()
        try:
            self.prepared.backup(raw.driver_connection)
        finally:
            raw.close()

    def close(self) -> None:
        self.snapshots.close()
        self.store.close()
        self.prepared.close()


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    made = World(tmp_path_factory.mktemp("undo"))
    yield made
    made.close()


def _span(draw, text: str) -> tuple[int, int]:
    start = draw(st.integers(0, max(0, len(text) - 2)))
    return start, start + draw(st.integers(1, 60))


def _edit(world: World, state: dict, draw):
    """A random edit that fits the current state, as a callable (None when the drawn kind does not fit)."""
    rows = lambda table: world.snapshots.rows(state, table)  # noqa: E731
    store, documents = world.store, world.documents
    tags = [t["id"] for t in rows("tag")]
    pending = [t["id"] for t in rows("tag") if t["status"] == TagStatus.PENDING]
    links = [link["id"] for link in rows("answer_link")]
    terms = rows("term")
    vocabulary = next(v["id"] for v in rows("vocabulary") if v["key"] == VocabularyKey.ALLEGATIONS)
    allegations = [t["id"] for t in terms if t["vocabulary_id"] == vocabulary]
    active = [t["id"] for t in terms if not t["retired"]]
    # Groups first: merging a term that has children is the case undo once got wrong.
    parents = sorted({t["parent_id"] for t in terms if t["parent_id"] in allegations})
    case_of = {d["id"]: d["case_id"] for d in rows("document")}
    questions = {q["id"]: q for q in rows("question")}
    question = draw(st.sampled_from(sorted(questions)))
    letter = questions[question]["document_id"]
    replies_of_case = [r for r in world.replies if case_of[r] == case_of[letter]]
    kind = draw(st.sampled_from([
        "add_tag", "delete_tag", "set_note", "suggest", "accept", "link", "unlink", "reject_suggestion",
        "verdict", "grade", "pair", "update_term", "merge", "add_term", "correct", "revert", "file", "move",
        "kind", "split", "merge_questions", "span", "add_question", "remove_question", "renumber",
        "redact", "redact_span", "remove_redaction", "sign"]))
    found = _document_edit(world, state, draw, kind, questions[question]) if kind in _DOCUMENT_EDITS else None
    if found is not None or kind in _DOCUMENT_EDITS:
        return found
    if kind == "add_tag":
        document = draw(st.sampled_from(sorted(documents)))
        start, end = _span(draw, documents[document]["text"])
        term, note = draw(st.sampled_from(active)), draw(st.sampled_from(NOTES))
        author = draw(st.sampled_from(["Ana", ""]))  # "": made before a reviewer name was set ("sign")
        return lambda: add_tag(store, document, start, end, term, note, author)
    if kind == "delete_tag" and tags:
        tag = draw(st.sampled_from(tags))
        return lambda: delete_tag(store, tag)
    if kind == "set_note" and tags:
        tag, note = draw(st.sampled_from(tags)), draw(st.sampled_from(NOTES))
        return lambda: set_note(store, tag, note)
    if kind == "suggest":
        case = draw(st.sampled_from(sorted(world.cases)))
        return lambda: suggest_tags(store, case)
    if kind == "accept" and pending:
        chosen = draw(st.lists(st.sampled_from(pending), min_size=1, max_size=4, unique=True))
        accepted = draw(st.sampled_from([True, False, None]))
        reviewer = draw(st.sampled_from(["Ana", ""]))
        return lambda: set_status(store, chosen, accepted, reviewer)
    if kind == "sign":
        reviewer = draw(st.sampled_from(["Ana", "", "Bo"]))
        return lambda: sign_unsigned(store, reviewer)
    if kind == "link" and replies_of_case:
        reply = draw(st.sampled_from(replies_of_case))
        start, end = _span(draw, documents[reply]["text"])
        return lambda: link_passage(store, question, reply, start, end)
    if kind == "unlink" and links:
        chosen = draw(st.lists(st.sampled_from(links), min_size=1, max_size=3, unique=True))
        return lambda: unlink(store, chosen)
    if kind == "reject_suggestion" and replies_of_case:
        reply, start = draw(st.sampled_from(replies_of_case)), draw(st.sampled_from([0, 40, 200]))
        rejected = draw(st.booleans())
        return lambda: reject_suggestion(store, question, reply, start, rejected)
    if kind == "verdict":
        value = draw(st.sampled_from([*Verdict, None]))
        note = draw(st.sampled_from(NOTES))
        return lambda: set_verdict(store, question, value, note)
    if kind == "grade" and case_of[letter] is not None:  # the letter waiting for a reference has no case
        case = case_of[letter]
        target = draw(st.sampled_from([None, *replies_of_case]))
        scale, value = draw(st.sampled_from([*world.scale_values, (None, None)]))
        actions = draw(st.sampled_from([[], ["release"], ["other", "policy or law change"]]))
        note = draw(st.sampled_from(NOTES))
        return lambda: set_grade(store, case, target, scale, value, actions, note)
    if kind == "pair":
        document = draw(st.sampled_from(world.replies + [letter]))  # a letter is refused and changes nothing
        reference = draw(st.sampled_from([None, *world.cases.values()]))
        return lambda: set_document_case(store, document, reference)
    if kind == "update_term":
        term = draw(st.sampled_from(allegations))
        change = draw(st.sampled_from(["label", "colour", "shortcut", "parent_id", "retired"]))
        value = {"label": st.sampled_from(["Renamed", "Other name", ""]), "colour": st.sampled_from(COLOURS),
                 "shortcut": st.sampled_from([None, *"123456789"]), "retired": st.booleans(),
                 "parent_id": st.sampled_from([None, *parents, *allegations])}[change]
        changed = {change: draw(value)}
        return lambda: update_term(store, term, **changed)
    if kind == "merge":
        source = draw(st.sampled_from(parents + allegations))
        target = draw(st.sampled_from(allegations))
        return lambda: merge_terms(store, source, target)
    if kind == "redact" and case_of[letter] is not None:
        words, pseudonym = draw(st.sampled_from(REDACTED)), draw(st.sampled_from([None, "Mr. A", "the source"]))
        case = case_of[letter]
        return lambda: redact(store, case, words, pseudonym, "Ana")
    if kind == "redact_span":
        document = draw(st.sampled_from(sorted(documents)))
        start, end = _span(draw, documents[document]["text"])
        pseudonym = draw(st.sampled_from([None, "Mr. B"]))
        return lambda: redact_span(store, document, start, end, pseudonym, "Ana")
    redactions = [r["id"] for r in rows("redaction")]
    if kind == "remove_redaction" and redactions:
        chosen = draw(st.sampled_from(redactions))
        return lambda: remove_redaction(store, chosen)
    if kind == "add_term":
        parent, label = draw(st.sampled_from([None, *parents])), draw(st.sampled_from(["New term", "Child labour"]))
        return lambda: add_term(store, VocabularyKey.ALLEGATIONS, label, parent)
    return None


_DOCUMENT_EDITS = frozenset({"correct", "revert", "file", "move", "kind", "split", "merge_questions", "span",
                             "add_question", "remove_question", "renumber"})


def _document_edit(world: World, state: dict, draw, kind: str, question: dict):
    """Corrections, filing, kinds and the questions editor (issue 10), as callables like ``_edit``'s."""
    rows = lambda table: world.snapshots.rows(state, table)  # noqa: E731
    store = world.store
    cases = [c["id"] for c in rows("case")]
    documents = {d["id"]: d for d in rows("document")}
    text = world.documents[question["document_id"]]["text"]
    siblings = sorted((q for q in rows("question") if q["document_id"] == question["document_id"]),
                      key=lambda q: q["number"])
    if kind == "correct":
        names = draw(st.lists(st.sampled_from(sorted(CORRECTIONS)), min_size=1, max_size=3, unique=True))
        changes = {name: draw(st.sampled_from(CORRECTIONS[name])) for name in names}
        case = draw(st.sampled_from(cases))
        return lambda: correct_fields(store, case, changes, "Ana")
    if kind == "revert":
        case, name = draw(st.sampled_from(cases)), draw(st.sampled_from(sorted(FIELDS)))
        return lambda: revert_field(store, case, name)
    if kind in ("file", "move"):
        document = draw(st.sampled_from(sorted(documents)))
        reference = draw(st.sampled_from(REFERENCES + ((None,) if kind == "move" else ())))
        return (lambda: file_document(store, document, reference, "Ana")) if kind == "file" else (
            lambda: move_document(store, document, reference))
    if kind == "kind":
        document, chosen = draw(st.sampled_from(sorted(documents))), draw(st.sampled_from(CHOSEN_KINDS))
        return lambda: set_document_kind(store, document, chosen, "Ana")
    if kind == "split":
        offset = draw(st.integers(question["start"], question["end"]))
        return lambda: split_question(store, question["id"], offset, "Ana")
    if kind == "merge_questions":
        after = next((q for q in siblings if q["number"] == question["number"] + 1), None)
        return (lambda: merge_questions(store, question["id"], after["id"], "Ana")) if after else None
    if kind in ("span", "add_question"):
        start, end = _span(draw, text)
        if kind == "span":
            return lambda: set_question_span(store, question["id"], start, end, "Ana")
        return lambda: add_question(store, question["document_id"], start, end, "Ana")
    if kind == "remove_question":
        return lambda: remove_question(store, question["id"], "Ana")
    order = draw(st.permutations([q["id"] for q in siblings]) | st.none())
    return lambda: renumber_questions(store, question["document_id"], order, "Ana")


def _replay(world: World, source: list[tuple], target: list[tuple], redoing: bool) -> dict:
    """Apply the inverse on top of ``source``, check the store is the state it promises, move it to ``target``."""
    inverse, before, after = source.pop()
    edit = inverse.apply(world.store)
    state, expected = world.snapshots.take(), after if redoing else before
    assert state == expected, differences(expected, state)
    target.append((edit.inverse, before, after))
    return state


# No example database: the test leaves nothing in the checkout; a failure prints the steps to replay it.
@settings(max_examples=500, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_undo_and_redo_return_the_store_exactly_to_each_earlier_state(world, data):
    world.reset()
    snapshots, draw = world.snapshots, data.draw
    state = world.initial
    done: list[tuple] = []  # (inverse, state before, state after), the undo stack
    undone: list[tuple] = []  # the redo stack
    for _step in range(draw(st.integers(1, 10), label="steps")):
        action = draw(st.sampled_from(["edit", "edit", "edit", "undo", "redo"]), label="action")
        if action == "undo" and done:
            state = _replay(world, done, undone, redoing=False)
        elif action == "redo" and undone:
            state = _replay(world, undone, done, redoing=True)
        else:
            run = _edit(world, state, draw)
            if run is None:
                continue
            try:
                edit = run()
            except ReviewDeskError as refused:
                event(f"refused: {type(refused).__name__}")
                assert snapshots.take() == state, "a refused edit changed the store"
                continue
            event(f"edit: {type(edit.inverse).__name__}")
            after = snapshots.take()
            done.append((edit.inverse, state, after))
            undone.clear()
            state = after
    while done:
        inverse, before, _after = done.pop()
        inverse.apply(world.store)
    final = snapshots.take()
    assert final == world.initial, differences(world.initial, final)


def test_the_prepared_store_has_what_the_edits_need(world):
    kinds = {d["kind"] for d in world.documents.values()}
    assert LETTER_KINDS <= kinds and len(world.cases) == 2 and len(world.replies) == 3
    assert any(d["case_id"] is None and d["kind"] == "letter" for d in world.documents.values())
