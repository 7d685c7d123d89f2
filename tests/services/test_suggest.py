"""Proposed tags on the fixture letter: Guiding Principles in the annex, allegation terms in the body."""

from __future__ import annotations

from reviewdesk.services.cases import case_detail
from reviewdesk.services.importer import import_paths
from reviewdesk.services.suggest import ProposalUndo, set_status, suggest_tags
from reviewdesk.services.tags import tags_for_case
from reviewdesk.services.terms import list_terms

from ..conftest import LETTERS
from .snapshot import Snapshots


def test_fixture_proposals_are_pending_until_accepted(store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf"])
    case_id = case_detail(store, "AL OTH 78/2021").summary.id
    added = suggest_tags(store, case_id).value
    assert suggest_tags(store, case_id).value == 0  # proposing again adds nothing
    pending = tags_for_case(store, case_id, include_pending=True)
    assert len(pending) == added and all(t.pending for t in pending)
    assert tags_for_case(store, case_id) == []  # not counted until accepted
    annex = {t.term_label for t in pending if t.document_kind == "annex"}
    assert annex == {f"UNGP {n}" for n in (13, 15, 19, 20, 22, *range(25, 32))} | {"UN resolution or document"}
    (resolution,) = [t for t in pending if t.term_label == "UN resolution or document"]
    assert resolution.quote == resolution.note == "A/HRC/RES/17/31"
    body = {t.term_label for t in pending if t.document_kind == "letter"}
    assert {"Forced labour", "Trafficking in persons", "Arbitrary detention", "Freedom of religion or belief",
            "Minority rights", "Surveillance and privacy"} <= body
    descriptions = {t.label: t.description for t in list_terms(store)}
    assert descriptions["UNGP 29"] == "Operational-level grievance mechanisms"
    assert descriptions["UNGP 17"] == "Human rights due diligence"
    ranged = [t for t in pending if t.term_label == "UNGP 27"]
    assert ranged[0].quote == "Guiding Principles 25 to 31"
    surveillance = [t for t in pending if t.term_label == "Surveillance and privacy"]
    set_status(store, [t.id for t in surveillance], accepted=True)
    assert {t.term_label for t in tags_for_case(store, case_id)} == {"Surveillance and privacy"}
    assert set_status(store, [t.id for t in surveillance], accepted=False).value == 0  # accepted: not a proposal
    set_status(store, [t.id for t in pending if t.term_label == "Minority rights"], accepted=False)
    assert not any(t.term_label == "Minority rights" for t in tags_for_case(store, case_id, include_pending=True))


def test_undoing_proposals_removes_exactly_them_and_rejections_come_back_whole(store):
    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf"])
    case_id = case_detail(store, "AL OTH 78/2021").summary.id
    snapshots = Snapshots(store.path)
    empty = snapshots.take()
    proposed = suggest_tags(store, case_id)
    assert isinstance(proposed.inverse, ProposalUndo) and len(proposed.inverse.tag_ids) == proposed.value > 0
    pending = snapshots.take()
    ids = [t.id for t in tags_for_case(store, case_id, include_pending=True)][:5]
    for accepted in (True, False):
        decided = set_status(store, ids, accepted=accepted)
        assert decided.value == len(ids) and decided.changes.tags
        after = snapshots.take()
        redo = decided.inverse.apply(store)
        assert snapshots.take() == pending  # rejected tags back with their ids, authors and times
        undo = redo.inverse.apply(store)
        assert snapshots.take() == after
        undo.inverse.apply(store)
        assert snapshots.take() == pending
    proposed.inverse.apply(store)
    assert snapshots.take() == empty
    snapshots.close()


def test_treaty_articles_and_conventions_cited_in_an_annex_are_proposed(store):
    from ..conftest import DATA

    import_paths(store, [DATA / "variants" / "UA_CHN_12_2023.pdf"])
    case_id = case_detail(store, "UA CHN 12/2023").summary.id
    suggest_tags(store, case_id)
    annex = {(t.term_label, t.quote) for t in tags_for_case(store, case_id, include_pending=True)
             if t.document_kind == "annex"}
    quote = "articles 9 and 14 of the International Covenant on Civil and Political Rights"
    assert {("ICCPR article 9", quote), ("ICCPR article 14", quote),
            ("CAT", "Convention against Torture")} <= annex


def test_thesaurus_labels_and_numbers(store):
    terms = {t.key: t for t in list_terms(store)}
    assert terms["iccpr-9"].description == "Liberty and security of person"
    assert terms["iccpr-27"].description == "Rights of minorities"
    assert terms["cat-3"].description == "Non-refoulement"
    assert terms["crc-32"].description == "Child labour"
    assert terms["icescr-11"].description == "Adequate standard of living"
    assert terms["ilo-c029"].description == "Forced Labour Convention, 1930 (No. 29)"
    assert terms["iccpr-9"].path == "Legal standards › ICCPR › ICCPR article 9"
    counts = {key: sum(1 for k in terms if k.startswith(key + "-")) for key in
              ("udhr", "iccpr", "icescr", "cat", "cerd", "cedaw", "crc", "crpd")}
    assert counts == {"udhr": 30, "iccpr": 27, "icescr": 15, "cat": 16, "cerd": 7, "cedaw": 16, "crc": 41, "crpd": 33}
    assert {"ilo-p029", "ilo-c105", "ilo-c087", "ilo-c098", "ilo-c138", "ilo-c182", "palermo", "undrip",
            "hrd-declaration", "minorities-declaration"} <= set(terms)


def test_citation_forms_found_on_the_exact_words():
    from reviewdesk.documents.fields import instrument_citations

    text = ("See ICCPR art. 9 and article 9 of the International Covenant on Civil and Political Rights, "
            "and the Forced Labour Convention, 1930 (No. 29).")
    found = [(text[s:e], label) for s, e, label in instrument_citations(text)]
    assert ("ICCPR art. 9", "ICCPR article 9") in found
    assert ("article 9 of the International Covenant on Civil and Political Rights", "ICCPR article 9") in found
    assert ("(No. 29)", "ILO C029") in found


def test_accept_all_is_one_transaction(store, tmp_path):
    """Issue #13: a killed `suggest --accept-all` left its proposals stored but not accepted (two transactions).

    A trigger makes the acceptance fail, as a kill between the two writes would: nothing may remain.
    """
    import sqlite3

    import pytest

    from reviewdesk.cli import main

    import_paths(store, [LETTERS / "AL_OTH_78_2021.pdf"])
    case_id = case_detail(store, "AL OTH 78/2021").summary.id
    snapshots = Snapshots(store.path)
    empty = snapshots.take()
    raw = sqlite3.connect(store.path)
    raw.execute("CREATE TRIGGER refuse BEFORE UPDATE OF status ON tag BEGIN SELECT RAISE(ABORT, 'cut off'); END")
    raw.commit()
    with pytest.raises(Exception, match="cut off"):
        main(["--store", str(store.path), "suggest", "AL OTH 78/2021", "--accept-all"])
    assert tags_for_case(store, case_id, include_pending=True) == []
    raw.execute("DROP TRIGGER refuse")
    raw.commit()
    raw.close()
    from reviewdesk.services.suggest import suggest_and_accept

    edit = suggest_and_accept(store, case_id)
    added, accepted = edit.value
    assert added == len(accepted) > 0 and edit.changes.tags
    assert {t.id for t in tags_for_case(store, case_id)} == set(accepted)
    edit.inverse.apply(store)
    assert snapshots.take() == empty
    snapshots.close()
