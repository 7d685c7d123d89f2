"""Re-analysis keeps the reviewer's work: tags and links re-anchored or orphaned (never lost), corrections kept.

The store is made to look as if an older parser had read the fixture letter and
its reply: their stored texts keep line breaks inside paragraphs, hyphens at
line ends and two running headers the current parser drops (``Unhealed``). The
reviewer's 50 tags and 20 answer links are made on those old texts; re-analysis
then reads the originals again with the current parser and must put every one
of them on the same words in the new text, or keep it as orphaned.
"""

from __future__ import annotations

import random
import re

import pytest
from sqlalchemy import select

from reviewdesk.db.models import Document, Question, Section, TextBlock
from reviewdesk.db.fulltext import index_document, search_documents
from reviewdesk.domain.assessment import Verdict
from reviewdesk.services import importer, reanalysis
from reviewdesk.services.anchoring import Method
from reviewdesk.services.answer_links import link_passage, links_for_case
from reviewdesk.services.assessment import case_assessment, set_verdict
from reviewdesk.services.cases import case_detail, show_json
from reviewdesk.services.corrections import correct_fields
from reviewdesk.services.filing import unfiled_documents
from reviewdesk.services.orphans import AnnotationKind, orphaned_annotations, place_orphan
from reviewdesk.services.questions import question_text, split_question
from reviewdesk.services.reanalysis import cases_needing_reanalysis, reanalyse
from reviewdesk.services.tags import add_tag, tags_for_case
from reviewdesk.services.terms import list_terms

from ..conftest import DATA, LETTERS, REPLIES
from .snapshot import Snapshots, differences

HEADERS = ("Running header of an old print · Page 4 of 9", "Confidential draft banner line 7 of 9")
WORD_RE = re.compile(r"\w+")


class Unhealed:
    """A text as an older parser left it, built from the current one by insertions, so offsets map exactly."""

    def __init__(self, text: str, seed: int) -> None:
        rng = random.Random(seed)
        self.new = text
        chars = list(text)
        self.inserted: dict[int, str] = {}
        spaces = [m.start() for m in re.finditer(r"(?<=\w) (?=\w)", text)]
        for position in rng.sample(spaces, len(spaces) // 12):
            chars[position] = "\n"  # a line break the healer used to keep
        long_words = [m for m in re.finditer(r"[a-z]{10,}", text)]
        for word in rng.sample(long_words, min(12, len(long_words))):
            self.inserted[word.start() + 5] = "-\n"  # a line-end hyphen not undone
        for header, position in zip(HEADERS, rng.sample(spaces[len(spaces) // 4:], 2)):
            self.inserted[position] = f"\n{header}\n"  # a running header left in mid-paragraph
        pieces, self.headers = [], []
        for index, char in enumerate(chars):
            if index in self.inserted:
                if self.inserted[index].strip() in HEADERS:
                    start = sum(map(len, pieces)) + 1
                    self.headers.append((start, start + len(self.inserted[index].strip())))
                pieces.append(self.inserted[index])
            pieces.append(char)
        self.old = "".join(pieces)

    def start(self, offset: int) -> int:
        """Where a span starting at ``offset`` of the new text starts in the old one."""
        return offset + sum(len(s) for p, s in self.inserted.items() if p <= offset)

    def end(self, offset: int) -> int:
        return offset + sum(len(s) for p, s in self.inserted.items() if p < offset)

    def in_header(self, start: int, end: int) -> bool:
        """Whether an old span touches a running header (its words are not in the new text)."""
        return any(max(start, s) < min(end, e) for s, e in self.headers)


def _make_old(store, document_id: int, seed: int) -> Unhealed:
    """Store ``Unhealed`` text for the document, its sections, blocks and questions moved with it."""
    with store.session() as session:
        document = session.get(Document, document_id)
        old = Unhealed(document.text, seed)
        document.text = old.old
        for model in (Section, TextBlock, Question):
            for row in session.scalars(select(model).where(model.document_id == document_id)):
                row.start, row.end = old.start(row.start), old.end(row.end)
                if model is Question:
                    row.text = question_text(old.old, row.start, row.end)
        index_document(session, document_id, old.old)
    return old


def _spans(text: str, rng: random.Random, count: int, longest: int) -> list[tuple[int, int]]:
    words = list(WORD_RE.finditer(text))
    spans = []
    for _ in range(count):
        first = rng.randrange(len(words) - longest)
        last = first + rng.randrange(longest)
        spans.append((words[first].start(), words[last].end()))
    return spans


@pytest.fixture
def old_case(store):
    """The fixture case as an older parser stored it, with 50 tags and 20 answer links made on the old texts."""
    import_paths = importer.import_paths
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf", REPLIES / "REPLY_AL_OTH_78_2021_test.pdf"])
    detail = case_detail(store, "AL OTH 78/2021")
    letter = detail.letter()
    reply = next(d for d in detail.documents if d.kind == "reply")
    rng = random.Random(10)
    old_letter, old_reply = _make_old(store, letter.id, 1), _make_old(store, reply.id, 2)
    terms = [t.id for t in list_terms(store)][:9]
    expected = {}  # annotation id -> its span in the new text, or None when it must end orphaned
    for start, end in _spans(old_letter.new, rng, 44, 12):
        tag = add_tag(store, letter.id, old_letter.start(start), old_letter.end(end), rng.choice(terms),
                      rng.choice(["", "key", "contested"]), "Ana").value
        expected[("tag", tag.id)] = (start, end)
    for header_start, header_end in old_letter.headers:  # on the running headers: nowhere in the new text
        for start, end in ((header_start, header_start + 14), (header_start + 15, header_end)):
            tag = add_tag(store, letter.id, start, end, terms[0], "on a header", "Ana").value
            expected[("tag", tag.id)] = None
    for header_start, _end in old_letter.headers:  # across a header's edge: placed nearby or orphaned
        tag = add_tag(store, letter.id, header_start - 30, header_start + 6, terms[1], "", "Ana").value
        expected[("tag", tag.id)] = "either"
    questions = [q.id for q in case_detail(store, "AL OTH 78/2021").letter().questions]
    for start, end in _spans(old_reply.new, rng, 20, 40):
        link = link_passage(store, rng.choice(questions), reply.id, old_reply.start(start), old_reply.end(end)).value
        expected[("link", link.id)] = (start, end)
    set_verdict(store, questions[1], Verdict.PARTIAL, "tier 1 only")
    correct_fields(store, detail.summary.id, {"date": "2021-03-15", "mandates": ["Working Group on business"]},
                   "Ana")
    return detail, expected, old_letter


def _state(store, case_id: int) -> dict:
    tags = {("tag", t.id): t for t in tags_for_case(store, case_id, include_pending=True)}
    links = {("link", link.id): link for link in links_for_case(store, case_id)}
    return {**tags, **links}


def test_fifty_tags_and_twenty_links_are_reanchored_or_orphaned_never_lost(store, old_case):
    detail, expected, _old = old_case
    case_id = detail.summary.id
    assert len([k for k in expected if k[0] == "tag"]) == 50 and len([k for k in expected if k[0] == "link"]) == 20
    report = reanalyse(store, [case_id]).value
    placed = _state(store, case_id)
    orphans = {(("tag" if o.kind is AnnotationKind.TAG else "link"), o.id): o
               for o in orphaned_annotations(store, case_id)}
    assert set(placed) | set(orphans) == set(expected) and not set(placed) & set(orphans)  # none lost
    letter = case_detail(store, "AL OTH 78/2021").letter()
    for key, span in expected.items():
        if span is None:
            assert key in orphans, key
            assert orphans[key].quote and orphans[key].quote in " ".join(HEADERS)
        elif span != "either":
            assert key in placed, key
            assert (placed[key].start, placed[key].end) == span, key
    assert report.orphaned == len(orphans) >= 4
    assert sum(report.placed.values()) == len(placed) == 70 - len(orphans)
    assert report.placed[Method.NORMALISED] > 0 and report.texts_changed == 2
    assert letter.text.count("Running header") == 0
    # The notes and the verdict follow their annotations and question.
    assert {t.note for t in tags_for_case(store, case_id)} <= {"", "key", "contested"}
    assert case_assessment(store, case_id).verdicts[letter.questions[1].id].value is Verdict.PARTIAL


def test_corrections_survive_and_the_parsed_value_is_kept_beside_them(store, old_case):
    detail, _expected, _old = old_case
    reanalyse(store, [detail.summary.id])
    shown = show_json(case_detail(store, "AL OTH 78/2021"))
    assert shown["date"] == "2021-03-15" and shown["mandates"] == ["Working Group on business"]
    assert shown["corrected"]["date"]["parsed"] == "2021-03-12" and shown["corrected"]["date"]["by"] == "Ana"
    assert shown["reply_due"] == "2021-05-14" and "reply_due" not in shown["corrected"]  # follows the date
    assert len(shown["corrected"]["mandates"]["parsed"]) == 7


def test_undo_of_reanalysis_restores_every_row_and_redo_repeats_it(store, old_case):
    detail, _expected, old = old_case
    snapshots = Snapshots(store.path)
    try:
        before = snapshots.take_indexed()
        edit = reanalyse(store, [detail.summary.id])
        after = snapshots.take_indexed()
        assert after != before
        redo = edit.inverse.apply(store)
        restored = snapshots.take_indexed()
        assert restored == before, differences(before, restored)
        redo.inverse.apply(store)
        again = snapshots.take_indexed()
        assert again == after, differences(after, again)
    finally:
        snapshots.close()
    with store.session() as session:  # search finds the re-read text, not the running header
        assert not search_documents(session, '"Running header of an old print"')


def test_orphans_are_listed_with_their_quote_and_can_be_placed_again(store, old_case):
    detail, expected, old = old_case
    reanalyse(store, [detail.summary.id])
    orphan = next(o for o in orphaned_annotations(store, detail.summary.id) if o.note == "on a header")
    letter = case_detail(store, "AL OTH 78/2021").letter()
    start = letter.text.index("forced labour")
    edit = place_orphan(store, orphan.kind, orphan.id, start, start + len("forced labour"))
    assert edit.changes.tags and orphan.id in {t.id for t in tags_for_case(store, detail.summary.id)}
    edit.inverse.apply(store)
    assert orphan.id in {o.id for o in orphaned_annotations(store, detail.summary.id)}
    assert show_json(case_detail(store, "AL OTH 78/2021"))["orphaned_annotations"] == report_orphans(store, detail)


def report_orphans(store, detail) -> int:
    return len([o for o in orphaned_annotations(store, detail.summary.id) if o.kind is not AnnotationKind.QUESTION])


def test_edited_questions_are_kept_and_reanchored_and_parsed_ones_keep_their_ids(store, old_case):
    detail, _expected, old = old_case
    letter = case_detail(store, "AL OTH 78/2021").letter()
    ids = [q.id for q in letter.questions]
    reanalyse(store, [detail.summary.id])
    fresh = case_detail(store, "AL OTH 78/2021").letter()
    assert [q.id for q in fresh.questions] == ids  # the parser's questions, matched to the old ones by their text
    third = fresh.questions[2]
    split_at = third.start + fresh.text[third.start:third.end].index(" and ") + 1
    split_question(store, third.id, split_at, "Ana")
    edited = [(q.label, q.text) for q in case_detail(store, "AL OTH 78/2021").letter().questions]
    _make_old(store, fresh.id, 5)  # an older reading again, then the current one
    reanalyse(store, [detail.summary.id])
    kept = case_detail(store, "AL OTH 78/2021").letter()
    assert [(q.label, q.text) for q in kept.questions] == edited and len(edited) == len(ids) + 1
    assert all(kept.text[q.start:q.end].split() == q.text.split() for q in kept.questions)
    assert kept.corrections["questions"].by == "Ana"


def test_outdated_documents_are_offered_and_a_reference_read_now_files_the_letter(store, tmp_path, monkeypatch):
    real = importer.analyse_file

    def without_reference(data, name, ocr=None, seconds=None):  # an older parser that missed the reference
        source, analysed = real(data, name, ocr, seconds)
        analysed.fields.reference = None
        return source, analysed

    monkeypatch.setattr(importer, "analyse_file", without_reference)
    importer.import_paths(store, [LETTERS / "AL_OTH_78_2021.docx"])
    monkeypatch.setattr(importer, "analyse_file", real)
    assert [d.filename for d in unfiled_documents(store)] == ["AL_OTH_78_2021.docx"]
    assert cases_needing_reanalysis(store) == []
    monkeypatch.setattr(importer, "PARSER_VERSION", importer.PARSER_VERSION + 1)
    report = reanalyse(store, None).value
    assert report.filed and unfiled_documents(store) == []
    detail = case_detail(store, "AL OTH 78/2021")
    assert {d.parser_version for d in detail.documents} == {importer.PARSER_VERSION}
    assert detail.summary.date.isoformat() == "2021-03-12" and "reference" not in detail.corrections


def test_a_case_read_by_an_older_parser_is_listed(store, monkeypatch):
    importer.import_paths(store, [LETTERS / "AL_OTH_78_2021.txt"])
    monkeypatch.setattr(importer, "PARSER_VERSION", importer.PARSER_VERSION + 1)
    (outdated,) = cases_needing_reanalysis(store)
    assert outdated.reference == "AL OTH 78/2021"
    reanalyse(store, [outdated.id])
    assert cases_needing_reanalysis(store) == []


def test_a_file_that_cannot_be_read_again_is_skipped_and_kept(store, monkeypatch):
    importer.import_paths(store, [LETTERS / "AL_OTH_78_2021.txt"])
    before = case_detail(store, "AL OTH 78/2021")

    def broken(data, name, ocr=None):
        raise RuntimeError("parser bug")

    monkeypatch.setattr(reanalysis, "analyse_file", broken)
    report = reanalyse(store, None).value
    assert report.skipped and "parser bug" in report.skipped[0]
    assert case_detail(store, "AL OTH 78/2021").letter().text == before.letter().text


def test_cancelling_stops_between_cases_and_keeps_what_was_done(store):
    importer.import_paths(store, [LETTERS / "AL_OTH_78_2021.txt", DATA / "letters" / "UA_CHN_12_2023.docx"])
    seen = []
    edit = reanalyse(store, None, progress=lambda done, total, label: seen.append(label), cancelled=lambda: bool(seen))
    assert edit.value.cancelled and edit.value.cases == 1 and len(seen) == 2  # the first case, then "done"
    assert edit.changes.cases and len(edit.changes.cases) == 1
