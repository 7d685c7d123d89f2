"""Which question each reply passage answers: the fixture reply and replies of our own."""

from __future__ import annotations

import json

import pytest

from reviewdesk.domain.vocabulary import PROMINENT_REASONS, DocumentKind, SuggestionReason
from reviewdesk.services.answer_links import answers_overview
from reviewdesk.services.cases import case_detail
from reviewdesk.services.importer import import_paths
from reviewdesk.services.pairing import set_document_case

from ..conftest import DATA, LETTERS, REPLIES

EXPECTED = json.loads((REPLIES / "REPLY_AL_OTH_78_2021_test.expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("form", ["pdf", "docx"])
def test_fixture_reply_top_suggestions_and_unanswered(store, form):
    import_paths(store, [REPLIES / f"REPLY_AL_OTH_78_2021_test.{form}", LETTERS / "AL_OTH_78_2021.pdf"])
    detail = case_detail(store, EXPECTED["replies_to"])
    overview = answers_overview(store, detail.summary.id)
    for answer in EXPECTED["answers"]:
        for number in answer["questions"]:
            best = [s for s in overview[number - 1].suggestions if s.reason in PROMINENT_REASONS]
            assert best and best[0].quote.startswith(answer["text_starts"]), (number, best)
    assert [q.number for q in overview if not q.answered] == EXPECTED["unanswered_questions"]
    assert detail.summary.first_reply_date.isoformat() == EXPECTED["date"]
    assert (detail.summary.first_reply_date <= detail.summary.reply_due) is EXPECTED["within_deadline"]


NOTE_VERBALE = """The Permanent Mission of the People's Republic of China to the United Nations Office at Geneva presents its compliments to the Office of the High Commissioner for Human Rights and, with reference to the joint communication UA CHN 12/2023 dated 4 August 2023, has the honour to transmit the following reply.

With regard to question (c), Mr. Exampleton is held at the municipal detention centre and has met a lawyer assigned to him on two occasions.

Concerning your question (a), the Government rejects the allegations, which are based on unverified sources; Mr. Exampleton was detained on suspicion of a criminal offence.

The Permanent Mission avails itself of this opportunity to renew to the Office the assurances of its highest consideration.

18 August 2023
"""

FRENCH = """Réponse à la communication conjointe AL FRA 4/2022

Paris, le 25 avril 2022

En ce qui concerne la question 2, des places d'hébergement d'urgence ont été proposées à toutes les personnes concernées par l'évacuation du campement.

Les autorités rappellent par ailleurs que l'évacuation a été décidée par une décision de justice et que les effets personnels ont été conservés dans un dépôt municipal.
"""


def _import_with_letter(store, tmp_path, letter_name, reply_text, reply_name):
    reply = tmp_path / reply_name
    reply.write_text(reply_text, encoding="utf-8")
    summary = import_paths(store, [reply, DATA / "variants" / f"{letter_name}.pdf"])
    assert [r.kind for r in summary.results] == ["reply", "letter"]
    detail = case_detail(store, letter_name.replace("_", " ", 2).replace("_", "/"))
    return answers_overview(store, detail.summary.id)


def test_note_verbale_answering_out_of_order_by_letter(store, tmp_path):
    overview = _import_with_letter(store, tmp_path, "UA_CHN_12_2023", NOTE_VERBALE, "note_verbale.txt")
    best = {q.number: [s.quote[:26] for s in q.suggestions if s.reason in PROMINENT_REASONS] for q in overview}
    assert best[1] == ["Concerning your question ("]
    assert best[3] == ["With regard to question (c"]
    assert [q.number for q in overview if not q.answered] == [2]


def test_french_reply_cites_question_number(store, tmp_path):
    overview = _import_with_letter(store, tmp_path, "AL_FRA_4_2022", FRENCH, "reponse.txt")
    assert overview[1].answered
    assert overview[1].suggestions[0].quote.startswith("En ce qui concerne la question 2")
    assert not overview[0].answered


def test_one_long_paragraph_answering_several_questions(store, tmp_path):
    text = ("Reply to the joint communication UA CHN 12/2023.\n\nIn response to questions 1 to 3 of your letter, "
            "the Government states that the detention was lawful, that it was based on the Criminal Procedure Law "
            "and that the detainee is held in a registered facility with access to counsel.\n")
    overview = _import_with_letter(store, tmp_path, "UA_CHN_12_2023", text, "long.txt")
    assert all(q.answered for q in overview)
    assert {q.suggestions[0].reason for q in overview} == {SuggestionReason.EXPLICIT}


# -- the reply corpus (tests/data/replies): explicit mentions in English, French and Spanish ----------------------

REPLY_CORPUS = DATA / "replies"
CORPUS_EXPECTED = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(REPLY_CORPUS.glob("REPLY_*.expected.json"))]
CORPUS_FILES = [(e, f) for e in CORPUS_EXPECTED for f in e["files"]]


def _corpus_overview(store, expected, file):
    """Import the letter and the reply (OCR in the reply's language), pair it if it cites nothing, and read the answers."""
    letter = DATA / "letters" / (expected["replies_to"].replace(" ", "_").replace("/", "_") + ".pdf")
    result = import_paths(store, [letter, REPLY_CORPUS / file], ocr_language=expected["ocr_language"]).results[1]
    assert result.kind is DocumentKind.REPLY, result
    if result.reference != expected["replies_to"]:
        set_document_case(store, result.document_ids[0], expected["replies_to"])
    return answers_overview(store, case_detail(store, expected["replies_to"]).summary.id)


def _explicit_links(overview) -> dict[str, list[int]]:
    links: dict[str, list[int]] = {}
    for question in overview:
        for suggestion in question.suggestions:
            if suggestion.reason is SuggestionReason.EXPLICIT:
                links.setdefault(" ".join(suggestion.quote.split()), []).append(question.number)
    return links


def _link_errors(expected, links: dict[str, list[int]]) -> tuple[int, int]:
    """(expected links found, links wrong or missing) — one link is one (passage, question) pair."""
    wanted = {(w["starts"], q) for w in expected["explicit_links"] for q in w["questions"]}
    got = {(next((w["starts"] for w in expected["explicit_links"] if quote.startswith(w["starts"])), quote[:40]), q)
           for quote, questions in links.items() for q in questions}
    return len(wanted & got), len(wanted ^ got)


@pytest.mark.parametrize(("expected", "file"), CORPUS_FILES, ids=[f for _e, f in CORPUS_FILES])
def test_corpus_explicit_mentions_link_the_questions_named(store, expected, file):
    overview = _corpus_overview(store, expected, file)
    links = _explicit_links(overview)
    if file.endswith("_flat.txt"):  # one paragraph: one passage naming every question the reply names
        assert sorted(q for qs in links.values() for q in qs) == sorted(
            q for w in expected["explicit_links"] for q in w["questions"])
        return
    found, wrong = _link_errors(expected, links)
    assert wrong == 0, (links, expected["explicit_links"])
    assert found == sum(len(w["questions"]) for w in expected["explicit_links"])
    for topic in expected.get("by_topic", []):  # answering by topic: the similarity fallback still proposes them
        for number in topic["questions"]:
            best = [s.quote for s in overview[number - 1].suggestions if s.reason in PROMINENT_REASONS]
            assert any(q.startswith(topic["starts"]) for q in best), (number, best)


@pytest.mark.parametrize(("text", "numbers"), [
    ("S'agissant de la troisième question, le Gouvernement rappelle", [3]),
    ("En ce qui concerne la question 2, des places ont été proposées", [2]),
    ("Quant aux questions 1 à 3, les autorités indiquent", [1, 2, 3]),
    ("la deuxième et la troisième questions portent sur", [2, 3]),
    ("Pregunta 1. El Gobierno informa", [1]),
    ("En cuanto a la segunda pregunta, la Fiscalía", [2]),
    ("Respecto de las preguntas 3 y 4, se informa", [3, 4]),
    ("En relación con la pregunta n.º 4, se adjunta", [4]),
    ("Regarding the third question, the company", [3]),
    ("Concerning questions 2 and 3: the company", [2, 3]),
    ("As stated in paragraph 4 of your letter, the", [4]),
    ("With regard to question (c), Mr. Exampleton", [3]),
    ("As to your last question, the authorities", [6]),
    ("По второму вопросу правительство сообщает", [2]),
    ("关于第三个问题，政府表示", [3]),
    ("بخصوص السؤال الثالث، تود الحكومة", [3]),
    # Not mentions of the letter's questions:
    ("Article 9, paragraph 3 of the Covenant applies", []),
    ("There is a second point to make about detention", []),
    ("See the reply to question 1 above for the legal basis", []),
])
def test_explicit_mentions_in_the_un_languages(text, numbers):
    from reviewdesk.documents.answers import Passage, suggest

    questions = [(n, f"({'abcdef'[n - 1]})", f"Please provide information on matter {n}.") for n in range(1, 7)]
    passage = Passage(0, 0, len(text), text + " " + "and further details follow here. " * 2)
    ranked = suggest([passage], questions)[0]
    assert [s.question for s in ranked if s.reason is SuggestionReason.EXPLICIT] == numbers


def test_a_mention_deep_in_a_paragraph_counts_only_when_it_introduces_an_answer():
    from reviewdesk.documents.answers import Passage, suggest

    filler = "The authorities have examined every aspect of the situation with the greatest care. " * 6
    questions = [(n, f"{n}.", f"Please provide information on matter {n}.") for n in range(1, 5)]
    introduced = f"{filler}As to question 4, an inquiry has been opened."
    passing = f"{filler}The figures given in question 4 of the earlier letter were inaccurate."
    for text, expected in ((introduced, [4]), (passing, [])):
        ranked = suggest([Passage(0, 0, len(text), text)], questions)[0]
        assert [s.question for s in ranked if s.reason is SuggestionReason.EXPLICIT] == expected


def test_a_reply_numbered_on_its_own_is_not_matched_by_number():
    from reviewdesk.documents.answers import split_passages, suggest

    questions = [(n, f"{n}.", f"Please provide information on matter {n}.") for n in range(1, 4)]
    own = "\n\n".join(f"{n}. The Government has considered this part of the file with care and attention." for n in range(1, 8))
    letter_like = "\n\n".join(f"{n}. The Government has considered this part of the file with care and attention." for n in range(1, 4))
    for text, numbered in ((own, False), (letter_like, True)):
        ranked = suggest(split_passages(text), questions)
        assert any(s.reason is SuggestionReason.NUMBERED for r in ranked.values() for s in r) is numbered
