"""Pairing on a real store: replies citing a reference are attached on import, the others suggested with reasons.

The letters of tests/data/letters and the replies of tests/data/replies are imported
together (replies first or last, in every form); a reply citing no reference is
suggested the case whose letter has the date it cites and names the people it names,
and the reasons say so. A letter's date cited by the reply outranks shared wording.
"""

from __future__ import annotations

import json

import pytest

from reviewdesk.domain.vocabulary import DocumentKind
from reviewdesk.services.importer import import_paths
from reviewdesk.services.pairing import unpaired_documents

from ..conftest import DATA

REPLIES = DATA / "replies"
LETTER_FILES = sorted((DATA / "letters").glob("*.pdf"))
EXPECTED = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(REPLIES.glob("REPLY_*.expected.json"))]
UNREFERENCED = [e for e in EXPECTED if "pairing" in e]


def _reasons_hold(suggestion, expected_reasons: list[list[str]]) -> list[list[str]]:
    """The expected reasons no reason of the suggestion contains in full."""
    return [words for words in expected_reasons
            if not any(all(word in reason for word in words) for reason in suggestion.reasons)]


@pytest.mark.parametrize("form", ["pdf", "docx", "txt"])
@pytest.mark.parametrize("replies_first", [True, False], ids=["replies-first", "letters-first"])
def test_import_pairs_what_cites_and_suggests_the_rest_with_reasons(store, form, replies_first):
    replies = [REPLIES / f"{e['name']}.{form}" for e in EXPECTED]
    summary = import_paths(store, replies + LETTER_FILES if replies_first else LETTER_FILES + replies)
    assert not summary.failed
    waiting = {d.filename: d for d in unpaired_documents(store)}
    for expected in EXPECTED:
        filename = f"{expected['name']}.{form}"
        if expected["cited_reference"]:
            assert filename not in waiting, f"{filename} cites {expected['cited_reference']} but waits unpaired"
            continue
        document = waiting[filename]
        assert document.kind is DocumentKind.REPLY and document.cited_reference is None
        assert document.date.isoformat() == expected["date"]
        first = document.suggestions[0]
        assert first.reference == expected["pairing"]["first"], document.suggestions
        assert not _reasons_hold(first, expected["pairing"]["reasons"]), first.reasons
        assert all(s.score < first.score for s in document.suggestions[1:])


def test_the_unreferenced_reply_explains_its_suggestion(store):
    import_paths(store, LETTER_FILES + [REPLIES / "REPLY_AL_GBR_7_2020_unreferenced.pdf"])
    (document,) = unpaired_documents(store)
    first = document.suggestions[0]
    assert first.reasons[:3] == (
        "cites a letter dated 9 October 2020, the date of AL GBR 7/2020",
        "names Julia Testington, the letter's addressee",
        "names Mr. Andrei Exemplu, Meadowtest Farms Ltd. and Crosslane Staffing Services Ltd., named in that letter",
    )


# A reply in the words of AL OTH 41/2020 (recruitment fees, passports, a garment factory, audits) that
# cites the date of AL GBR 7/2020: the date decides, however much wording the other letter shares.
DECOY = ("Dear Sir or Madam,\n\nThank you for your letter of 9 October 2020. Migrant workers recruited through informal "
         "intermediaries paid recruitment fees, handed over their passports for safekeeping and worked shifts of up to "
         "14 hours at the garment factory; audits commissioned by retailers were announced in advance, and the due "
         "diligence of buyers, the supply chain and forced labour and trafficking in persons are under review.\n")


def test_a_correctly_dated_mention_outranks_shared_wording(store, tmp_path):
    reply = tmp_path / "decoy_reply.txt"
    reply.write_text(DECOY, encoding="utf-8")
    import_paths(store, LETTER_FILES + [reply])
    (document,) = unpaired_documents(store)
    by_reference = {s.reference: s for s in document.suggestions}
    dated, wordy = by_reference["AL GBR 7/2020"], by_reference["AL OTH 41/2020"]

    def shared(suggestion) -> int:
        return next(int(r.split()[1].rstrip("%")) for r in suggestion.reasons if r.startswith("shares "))

    assert shared(wordy) > shared(dated)  # the premise: the other letter shares more of the reply's words
    assert document.suggestions[0] is dated and dated.score > wordy.score


@pytest.mark.parametrize(("text", "reference"), [
    ("Genève, le 2 mai 2022\n\nEn réponse à votre lettre du 3 mars 2022 concernant M. Jean-Marc Fictif, les autorités "
     "ont examiné la situation avec attention.\n", "AL FRA 4/2022"),
    ("Ginebra, 9 de agosto de 2021\n\nEn respuesta a su carta de fecha 15 de junio de 2021 relativa al Sr. Tomás Ejemplo "
     "Prueba, las autoridades informan lo siguiente.\n", "AL MEX 7/2021"),
    ("Geneva, 1 December 2023\n\nIn reply to your letter of November 14, 2023 concerning Ms. Lin Testperson, the "
     "Government provides the following information.\n", "UA CHN 12/2023"),
], ids=["fr", "es", "en-month-first"])
def test_cited_dates_in_three_languages_pair_the_reply(store, tmp_path, text, reference):
    reply = tmp_path / "reply.txt"
    reply.write_text(text, encoding="utf-8")
    import_paths(store, LETTER_FILES + [reply])
    (document,) = unpaired_documents(store)
    first = document.suggestions[0]
    assert first.reference == reference
    assert first.reasons[0].startswith("cites a letter dated ") and first.reasons[0].endswith(f"the date of {reference}")
