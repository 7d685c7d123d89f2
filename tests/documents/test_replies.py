"""Replies told from letters by their own hallmarks, on the fictional reply corpus (tests/data/replies) and traps.

Every file of the corpus (DOCX, PDF, TXT, the flattened copy) must come out as its
expected kind with its reasons, the letter date it cites and its own date; every
letter of both letter corpora must stay a letter. The scan is read in
tests/services/test_answer_suggestions.py, where OCR runs through the importer.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from reviewdesk.documents.letter import analyse_letter
from reviewdesk.documents.model import SourceDocument, SourceFormat, SourceLine, SourceParagraph
from reviewdesk.documents.reader import analyse_file
from reviewdesk.documents.reply import classify, cited_letter_dates, proper_names, reply_date
from reviewdesk.domain.letter import DocumentKind

from ..conftest import DATA, LETTERS

CORPUS = DATA / "replies"
EXPECTED = {p.name.split(".")[0]: json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.expected.json"))}
FILES = [(name, file) for name, expected in EXPECTED.items() for file in expected["files"] if "_scanned" not in file]


def _decision(path):
    """The decision as the parser takes it: on the healed source, with the fields read as a letter's."""
    source, analysed = analyse_file(path.read_bytes(), path.name)
    return classify(source, analysed.fields), analysed


@pytest.mark.parametrize(("name", "file"), FILES, ids=[f for _n, f in FILES])
def test_kind_of_every_corpus_file_with_its_reasons(name, file):
    expected = EXPECTED[name]
    decision, analysed = _decision(CORPUS / file)
    assert analysed.kind.value == expected["kind"]
    assert decision.is_reply is (expected["kind"] == "reply")
    assert decision.reasons, decision.explain()  # the decision can always be shown
    assert decision.explain().startswith(f"a {expected['kind']} (")


@pytest.mark.parametrize(("name", "file"), FILES, ids=[f for _n, f in FILES])
def test_cited_letter_date_and_own_date_of_every_corpus_file(name, file):
    expected = EXPECTED[name]
    _decision_, analysed = _decision(CORPUS / file)
    body = analysed.body
    cited = [c.date.isoformat() for c in cited_letter_dates(body.text)]
    assert cited[:1] == ([expected["cited_letter_date"]] if expected["cited_letter_date"] else [])
    if expected["kind"] == "reply":
        assert reply_date(body.text).isoformat() == expected["date"]


def test_every_letter_of_both_letter_corpora_stays_a_letter():
    paths = [p for folder in (DATA / "letters", DATA / "variants", LETTERS) for p in sorted(folder.iterdir())
             if p.suffix in (".pdf", ".docx", ".txt") and "scanned" not in p.name]
    assert len(paths) >= 20
    kinds = {p.name: analyse_file(p.read_bytes(), p.name)[1].kind for p in paths}
    assert {name for name, kind in kinds.items() if kind is not DocumentKind.LETTER} == set()


def test_a_fragment_is_a_reply_for_what_it_says():
    decision, _analysed = _decision(CORPUS / "REPLY_UA_SYR_3_2014_fragment.pdf")
    reasons = " | ".join(decision.reasons)
    for hallmark in ("answers questions by number", "speaks for the Government", "file number", "dated at the end"):
        assert hallmark in reasons
    assert decision.weight("letter") == 0


def test_the_letter_page_citing_an_earlier_communication_says_why_it_is_a_letter():
    decision, _analysed = _decision(CORPUS / "LETTER_BGD_page2_cites_earlier.txt")
    assert not decision.is_reply
    assert "addresses “Your Excellency's Government”" in " | ".join(decision.reasons)
    assert decision.weight("reply") == 0  # "In response to our communication", "(BGD 2/2020)": no reply hallmark


def _source(*paragraphs: str) -> SourceDocument:
    return SourceDocument("inline.txt", SourceFormat.TXT,
                          [SourceParagraph([SourceLine(line) for line in p.split("\n")]) for p in paragraphs])


def _kind(*paragraphs: str) -> bool:
    source = _source(*paragraphs)
    analysed = analyse_letter(source)
    assert analysed.kind is (DocumentKind.REPLY if classify(source, analysed.fields).is_reply else DocumentKind.LETTER)
    return analysed.kind is DocumentKind.REPLY


@pytest.mark.parametrize("paragraphs", [
    # Newer letters print "Ref.:" themselves and ask for it in the reply.
    ("Ref.: OL PRT 2/2024", "Dear Mr. Sampleman,",
     "I would like to draw your attention to information received concerning a draft law. Please use this "
     "reference in your reply.", "Please accept, Excellency, the assurances of my highest consideration."),
    # A second page that cites an earlier communication and the Government's reply.
    ("In our previous communication (GBR 3/2019), we expressed concern at the conditions of seasonal workers.",
     "We thank Your Excellency's Government for its response of 14 June 2019 to our joint communication."),
    # Only a reference and nothing else.
    ("AL GBR 3/2019", "The situation of seasonal workers remains a matter of concern."),
], ids=["ref-line", "page-two", "bare-reference"])
def test_citing_a_reference_does_not_make_a_reply(paragraphs):
    assert not _kind(*paragraphs)


@pytest.mark.parametrize("opening", [
    "The Permanent Mission of Ruritania presents its compliments to the Office of the United Nations High "
    "Commissioner for Human Rights and has the honour to transmit the enclosed information.",
    "La Mission permanente de la Ruritanie présente ses compliments au Haut-Commissariat et a l'honneur de lui "
    "transmettre les informations ci-jointes.",
    "La Misión Permanente de Ruritania saluda atentamente a la Oficina del Alto Comisionado y tiene el honor de "
    "remitir la información adjunta.",
    "In response to your letter of 28 May 2019 regarding Mr. Sample, the company wishes to state the following.",
    "En réponse à votre lettre du 28 mai 2019 concernant M. Exemple, la société souhaite préciser ce qui suit.",
    "En respuesta a su carta del 28 de mayo de 2019 relativa al Sr. Ejemplo, la empresa desea precisar lo siguiente.",
    "We acknowledge receipt of your joint communication and thank the mandate holders for their letter.",
    "تهدي البعثة الدائمة لروريتانيا أطيب تحياتها إلى مفوضية الأمم المتحدة السامية لحقوق الإنسان.",
], ids=["nv-en", "nv-fr", "nv-es", "response-en", "response-fr", "response-es", "company", "nv-ar"])
def test_reply_hallmarks_in_each_language(opening):
    assert _kind(opening, "The authorities have examined the matter carefully.")


@pytest.mark.parametrize(("text", "cited"), [
    ("Thank you for your letter of 28 May 2019 regarding Mr. Sample.", date(2019, 5, 28)),
    ("with reference to the joint communication UA CHN 12/2023 dated 14 November 2023, has", date(2023, 11, 14)),
    ("your letter dated May 28, 2019", date(2019, 5, 28)),
    ("se référant à la communication conjointe AL FRA 4/2022 du 3 mars 2022", date(2022, 3, 3)),
    ("votre lettre en date du 1er mars 2022", date(2022, 3, 1)),
    ("en respuesta a la comunicación AL MEX 7/2021 de fecha 15 de junio de 2021", date(2021, 6, 15)),
    ("su carta del 15 de junio de 2021", date(2021, 6, 15)),
    ("our letter of 3 May 2019 remains valid", None),  # the reply's own earlier letter
    ("On 9 November 2023, the relatives were notified.", None),  # an event, not a letter
])
def test_cited_letter_dates_in_three_languages(text, cited):
    found = cited_letter_dates(text)
    assert (found[0].date if found else None) == cited


def test_proper_names_people_companies_places_not_sentence_openers():
    text = ("Thank you for your letter regarding Mr. Andrei Exemplu. Workers of Meadowtest Farms Ltd. in the "
            "village of Exampleford met the Government of the United Kingdom. Geneva remains the venue.")
    assert proper_names(text) == ["Mr. Andrei Exemplu", "Meadowtest Farms Ltd.", "Exampleford"]


def test_two_megabytes_on_one_line_stay_fast():
    import time

    from reviewdesk.documents.answers import split_passages, suggest
    from reviewdesk.domain.letter import LetterFields

    # The shapes that would make a careless pattern backtrack: openings that never complete.
    unit = ("with reference to the the the questions 1 and 2 and 3 and Permanent Mission of of of letter of the "
            "communication dated 32 Mayo de the Government of the the the Mr. Aaaa Bbbb Cccc Ltd ")
    text = unit * (2_000_000 // len(unit))
    started = time.perf_counter()
    decision = classify(_source(text), LetterFields())
    cited_letter_dates(text, limit=len(text))
    proper_names(text, limit=len(text))
    suggest(split_passages(text), [(1, "1.", "Please provide information."), (2, "2.", "Please explain.")])
    elapsed = time.perf_counter() - started
    assert decision.clues == ()  # nothing there completes a hallmark
    assert elapsed < 10, f"{elapsed:.1f} s for 2 MB"
