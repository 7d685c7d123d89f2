"""Which question each reply passage answers: the fixture reply and replies of our own."""

from __future__ import annotations

import json

import pytest

from reviewdesk.domain.vocabulary import PROMINENT_REASONS, SuggestionReason
from reviewdesk.services.answer_links import answers_overview
from reviewdesk.services.cases import case_detail
from reviewdesk.services.importer import import_paths

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
