"""The facet index follows edits in place: after tags, corrections, imports, filing, grades and their undo it
equals an index built afresh, having re-read only the touched cases (never a part whole)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, update

from reviewdesk.db.models import Case, Document, Question, Term
from reviewdesk.domain.assessment import Verdict
from reviewdesk.services.assessment import set_grade, set_verdict
from reviewdesk.services.cases import find_case_id
from reviewdesk.services.corrections import correct_fields
from reviewdesk.services.edits import NOTHING, Changes
from reviewdesk.services.facets import FacetIndex, facet_index, following_edits
from reviewdesk.services.importer import import_paths
from reviewdesk.services.tags import add_tag
from tests.generated import MANDATE_NAMES, LetterSpec, reply_text, write_corpus

TODAY = date(2025, 6, 1)


class Follower:
    """Runs each write as the window's worker does (through ``following_edits``) and keeps the undo records."""

    def __init__(self, store) -> None:
        self.store = store
        self.undo: list = []
        with store.session() as session:
            self.index = facet_index(store, session, TODAY)

    def edit(self, fn, changes: Changes = NOTHING):
        result = following_edits(self.store, fn, changes)
        if hasattr(result, "inverse"):
            self.undo.append(result.inverse)
        return result

    def undo_last(self) -> None:
        inverse = self.undo.pop()
        following_edits(self.store, lambda: inverse.apply(self.store))

    def check(self) -> None:
        with self.store.session() as session:
            live = facet_index(self.store, session, TODAY)
            fresh = FacetIndex(session, TODAY)
        assert live is self.index
        assert live.snapshot() == fresh.snapshot()
        assert live.all_cases == fresh.all_cases and live.document_cases == fresh.document_cases
        assert len(live.reads) == 1, f"parts read whole after the first build: {live.reads[1:]}"


def _ids(store, reference: str) -> tuple[int, int]:
    with store.session() as session:
        case_id = find_case_id(session, reference)
        letter = session.scalar(select(Document.id).where(Document.case_id == case_id, Document.kind == "letter"))
    return case_id, letter


def test_in_place_updates_equal_a_fresh_index(corpus, tmp_path):
    store = corpus
    follow = Follower(store)
    with store.session() as session:
        child, _parent = session.execute(select(Term.id, Term.parent_id).where(Term.parent_id.is_not(None))).first()
        other = session.scalar(select(Term.id).where(Term.parent_id.is_not(None), Term.id != child))
    chn, chn_letter = _ids(store, "UA CHN 12/2023")
    fra, fra_letter = _ids(store, "AL FRA 4/2022")

    # Tags: a term and (through it) its group gain the case; a second tag; undo one.
    follow.edit(lambda: add_tag(store, chn_letter, 0, 40, child))
    follow.check()
    follow.edit(lambda: add_tag(store, fra_letter, 10, 60, other))
    follow.check()
    follow.undo_last()
    follow.check()

    # Corrections: organisation (addressee kind), mandates in French, the reference (country, type, year), date.
    follow.edit(lambda: correct_fields(store, chn, {"organisation": "Example Export Corporation"}, "Ana"))
    follow.check()
    follow.edit(lambda: correct_fields(store, chn, {"mandates": ["Groupe de travail sur la détention arbitraire",
                                                                 "Rapporteur spécial sur la torture"]}, "Ana"))
    follow.check()
    follow.edit(lambda: correct_fields(store, fra, {"reference": "UA OTH 99/2019"}, "Ana"))  # a new year: 2019
    follow.check()
    follow.edit(lambda: correct_fields(store, fra, {"date": "2019-02-01", "reply_due": "2030-01-01"}, "Ana"))
    follow.check()
    follow.undo_last()
    follow.undo_last()
    follow.check()

    # Assessment: a verdict on a question of the letter, a grade; undo the grade.
    with store.session() as session:
        question = session.scalar(select(Question.id).where(Question.document_id == chn_letter))
    follow.edit(lambda: set_verdict(store, question, Verdict.ANSWERED))
    follow.edit(lambda: set_grade(store, chn, None, "hrc", "A"))
    follow.check()
    follow.undo_last()
    follow.check()

    # Imports (the window reports only that the list changed): new cases, and a reply filed under a known case.
    new = LetterSpec("OL", "PER", 3, 2018, date(2018, 5, 2), 60, "Ms. New Person",
                     "Permanent Mission of Peru to the United Nations Office at Geneva", MANDATE_NAMES[:2])
    company = LetterSpec("AL", "OTH", 4, 2018, date(2018, 6, 2), 60, "Mr. Some Manager", "Example Nets S.A.",
                         MANDATE_NAMES[2:])
    paths = write_corpus(tmp_path / "new", [new, company])
    reply = tmp_path / "new" / "REPLY_CHN.txt"
    chn_spec = LetterSpec("UA", "CHN", 12, 2023, date(2023, 3, 1), 2, "", "Permanent Mission of China", ())
    reply.write_text(reply_text(chn_spec, date(2023, 4, 1), 0), encoding="utf-8")
    summary = follow.edit(lambda: import_paths(store, [*paths, reply], ocr_language=None), Changes(case_list=True))
    assert len(summary.imported) == 3 and not summary.failed
    follow.check()

    # A grade on an imported case, a correction on it, then every remaining edit undone.
    per, _ = _ids(store, "OL PER 3/2018")
    follow.edit(lambda: correct_fields(store, per, {"organisation": "Example Mining Ltd"}, "Ana"))
    follow.check()
    while follow.undo:
        follow.undo_last()
    follow.check()


def test_writes_no_edit_describes_are_read_whole(corpus):
    store = corpus
    follow = Follower(store)
    chn, chn_letter = _ids(store, "UA CHN 12/2023")
    with store.session() as session:  # a write outside: not through following_edits
        session.execute(update(Case).where(Case.id == chn).values(country="PER"))
    with store.session() as session:
        term = session.scalar(select(Term.id).where(Term.parent_id.is_not(None)))
    follow.edit(lambda: add_tag(store, chn_letter, 0, 40, term))  # noted, but after the unnoted write
    with store.session() as session:
        live, fresh = facet_index(store, session, TODAY), FacetIndex(session, TODAY)
        assert live.snapshot() == fresh.snapshot()
    assert "cases" in live.reads[-1]  # the cases were read whole again
    assert live.facets["country"].cases["PER"] == {chn}
