"""Each way real letters vary (shared/design/REAL_LETTERS.md), on short texts beyond the corpus.

The corpus (test_letter_corpus.py) shows every item in PDF, DOCX and text form;
these tests vary the wording, so that no rule holds for one letter only.
"""

from __future__ import annotations

import time
from datetime import date

import pytest

from reviewdesk.documents import citations, fields, parties
from reviewdesk.documents.reader import analyse_file
from reviewdesk.domain.letter import SectionKind
from reviewdesk.domain.reference import find_references

from ..conftest import DATA


def analyse_text(*paragraphs: str):
    text = "\n\n".join(paragraphs) + "\n"
    return analyse_file(text.encode("utf-8"), "letter.txt")[1]


MANDATES = "Mandates of the Special Rapporteur on the right to food; and the Special Rapporteur on torture"
INTRO = ("We have the honour to address you in our capacities as Special Rapporteur on the right to food; and "
         "Special Rapporteur on torture, pursuant to Human Rights Council resolutions 49/13 and 52/7.")
FACTS = ("According to the information received:", "On 10 December 2021, Mr. Juan Testez was reportedly arrested "
         "by police officers at his home and taken to an unknown place.")
LEAD = "We would be grateful for your observations on the following matters:"
ACCEPT = "Please accept, Excellency, the assurances of our highest consideration."


# ---------------------------------------------------------------- references


@pytest.mark.parametrize(("text", "expected"), [
    ("REFERENCE: UA Health (2002-7) Food (2000-9) G/SO 214 (53-24) Water (2008-1) Housing (2000-9)\nLBN 5/2015",
     "UA LBN 5/2015"),
    ("REFERENCE: JUA Independence of judges (1994-41) Torture (1985-33) G/SO 214 (3-3-16)\nTUN 2/2013",
     "JUA TUN 2/2013"),
    ("RÉFÉRENCE : JAL G/SO 214 (67-17) Assembly & Association (2010-1) Expression (1993-45) G/SO 214\n"
     "MAR 1/2015", "JAL MAR 1/2015"),
    ("JOL Terrorism (2005-80) KEN 3/2014", "JOL KEN 3/2014"),
    ("Ref.: OL PRT 2/2024", "OL PRT 2/2024"),
    ("Réf. : AL FRA 2/2023", "AL FRA 2/2023"),
    ("OL SLV 8.2021", "OL SLV 8/2021"),
    ("our urgent appeal UA IND 14 / 2011", "UA IND 14/2011"),
])
def test_references_with_file_codes_and_loose_forms(text, expected):
    found = find_references(text)
    assert [str(m.reference) for m in found] == [expected]


def test_what_lies_between_type_and_country_must_look_like_file_codes():
    # Prose between an "AL" and a country code is not file codes: the reference is bare.
    found = find_references("the AL and the Government replied on GBR 3/2019", allow_bare=True)
    assert [str(m.reference) for m in found] == ["GBR 3/2019"]
    # A cover note's Spanish half drops the country code: nothing to cite there.
    assert find_references("Comunicaciones enviadas: UA 10/2019, AL 11/2019", allow_bare=True) == []
    assert [str(m.reference) for m in find_references("Case no. IND 14/2011", allow_bare=True)] == ["IND 14/2011"]


def test_a_ref_line_alone_is_the_reference_and_the_letters_own_is_after_the_label():
    result = analyse_text(
        "Communications sent: AL CAN 3/2022, AL GBR 6/2022\nComunicaciones enviadas: AL 3/2022, AL 6/2022",
        "PALAIS DES NATIONS • 1211 GENEVA 10, SWITZERLAND", MANDATES, "Réf. : UA CHN 4/2024",
        "(Please use this reference in your reply)", "2 avril 2024", "Excellency,", INTRO, *FACTS, LEAD,
        "1. Please provide information on the legal basis for his arrest.", ACCEPT)
    assert str(result.fields.reference) == "UA CHN 4/2024"
    assert [str(r) for r in result.fields.cited_references] == ["AL CAN 3/2022", "AL GBR 6/2022"]
    assert result.fields.date == date(2024, 4, 2)
    assert "Communications sent" not in result.body.text


# ---------------------------------------------------------------- mandates and resolutions


@pytest.mark.parametrize(("header", "expected"), [
    ("Mandates of the Working Group on Arbitrary Detention; the Special Rapporteur on torture, and the "
     "Independent Expert on the situation of human rights in Haiti",
     ["Working Group on Arbitrary Detention", "Special Rapporteur on torture",
      "Independent Expert on the situation of human rights in Haiti"]),
    ("Mandates of the Special Rapporteur on the right to food and the Special Rapporteur on extreme poverty and "
     "human rights",
     ["Special Rapporteur on the right to food", "Special Rapporteur on extreme poverty and human rights"]),
    ("Mandats du Rapporteur spécial sur la torture ; de la Rapporteuse spéciale sur la liberté d’expression et "
     "du Groupe de travail sur les disparitions forcées ou involontaires",
     ["Rapporteur spécial sur la torture", "Rapporteuse spéciale sur la liberté d’expression",
      "Groupe de travail sur les disparitions forcées ou involontaires"]),
    ("Mandat de l’Experte indépendante sur les droits des personnes âgées",
     ["Experte indépendante sur les droits des personnes âgées"]),
    ("Mandatos del Relator Especial sobre la verdad, la justicia y la reparación; de la Relatora Especial sobre "
     "la violencia contra la mujer y del Experto Independiente sobre la orientación sexual",
     ["Relator Especial sobre la verdad, la justicia y la reparación", "Relatora Especial sobre la violencia "
      "contra la mujer", "Experto Independiente sobre la orientación sexual"]),
])
def test_mandate_headers_split_into_one_item_per_mandate(header, expected):
    assert fields.mandates_from_header(header) == expected


def test_one_expert_writes_in_their_capacity():
    text = ("I write in my capacity as Independent Expert on the enjoyment of all human rights by older persons, "
            "pursuant to Human Rights Council resolution 51/4.")
    assert fields.mandates_from_introduction(text) == ["Independent Expert on the enjoyment of all human rights "
                                                       "by older persons"]
    assert fields.hrc_resolutions(text) == ["51/4"]


@pytest.mark.parametrize("text", [
    "conformément aux résolutions 25/2, 33/9, et 34/18 du Conseil des droits de l’homme.",
    "de conformidad con las resoluciones 25/2, 33/9 y 34/18 del Consejo de Derechos Humanos.",
    "pursuant to Human Rights Council resolutions 25/2, 33/9 and 34/18.",
])
def test_resolution_lists_in_three_languages(text):
    assert fields.hrc_resolutions(text) == ["25/2", "33/9", "34/18"]


# ---------------------------------------------------------------- dates and deadlines


@pytest.mark.parametrize(("text", "expected"), [
    ("1er mars 2016", date(2016, 3, 1)), ("4 août 2015", date(2015, 8, 4)),
    ("12 de marzo de 2021", date(2021, 3, 12)), ("March 12, 2021", date(2021, 3, 12)),
    ("5/7/2011", date(2011, 7, 5)),
])
def test_dates_in_three_languages(text, expected):
    assert fields.parse_date(text) == expected


def test_a_copy_starting_at_the_salutation_has_no_date_even_with_dates_in_the_narrative():
    result = analyse_text("Excellency,", INTRO, *FACTS, LEAD, "1. Please provide information.", ACCEPT)
    assert result.fields.date is None and result.fields.reply_due is None and result.fields.reference is None
    assert result.fields.mandates == ["Special Rapporteur on the right to food", "Special Rapporteur on torture"]


def test_the_date_on_the_salutation_line():
    result = analyse_text(MANDATES, "REFERENCE: UA CHN 4/2024", "Excellency,      3 May 2024", INTRO, *FACTS,
                          LEAD, "1. Please provide information.", ACCEPT)
    assert result.fields.date == date(2024, 5, 3)


@pytest.mark.parametrize(("closing", "days"), [
    ("We would appreciate receiving a response within forty-eight hours.", 2),
    ("Agradeceríamos recibir una respuesta dentro de 48 horas.", 2),
    ("Nous vous serions reconnaissants de bien vouloir nous répondre dans les 72 heures.", 3),
    ("We would appreciate a response within sixty days.", 60),
    ("This communication and any response received will be made public after 48 hours.", 60),
    ("Cette communication et toute réponse seront rendues publiques dans un délai de 60 jours.", 60),
    ("Esta comunicación y toda respuesta se harán públicas después de 48 horas.", 60),
    ("We would welcome a reply within 30 days. This communication will be made public after 48 hours.", 30),
])
def test_the_reply_deadline_is_what_the_letter_asks_never_the_publication_delay(closing, days):
    assert fields.reply_due(date(2024, 1, 1), closing) == date(2024, 1, 1) + __import__("datetime").timedelta(days)


# ---------------------------------------------------------------- addressee


@pytest.mark.parametrize(("block", "expected"), [
    ("H.E. Mr. Amir Testov\nAmbassador Extraordinary and Plenipotentiary\nPermanent Representative of the "
     "Republic of Example to the United Nations Office at Geneva",
     ("Mr. Amir Testov", "Ambassador Extraordinary and Plenipotentiary, Permanent Representative of the Republic "
      "of Example to the United Nations Office at Geneva",
      "Permanent Mission of the Republic of Example to the United Nations Office at Geneva")),
    ("Excelentísimo Señor Pablo Prueba\nMinistro de Relaciones Exteriores\nGobierno de la República de Ejemplo",
     ("Señor Pablo Prueba", "Ministro de Relaciones Exteriores", "Gobierno de la República de Ejemplo")),
    ("Mr. Hualong Testliu\nChairman\nExample Rail Corporation Limited",
     ("Mr. Hualong Testliu", "Chairman", "Example Rail Corporation Limited")),
    ("Son Excellence Monsieur Paul Essai Ambassadeur Représentant permanent de la Belgique auprès de l’Office",
     ("Monsieur Paul Essai", "Ambassadeur, Représentant permanent de la Belgique auprès de l’Office",
      "Mission permanente de la Belgique auprès de l’Office")),
])
def test_person_title_and_organisation_are_three_things(block, expected):
    found = parties.parse_address_block(block)
    assert (found.addressee, found.title, found.organisation) == expected


def test_a_salutation_naming_no_one_leaves_the_footers_person():
    result = analyse_text("PALAIS DES NATIONS • 1211 GENEVA 10, SWITZERLAND", MANDATES, "REFERENCE: AL OTH 9/2023",
                          "3 May 2023", "Dear Sir or Madam,", INTRO, FACTS[0],
                          "On 10 December 2021, the workers were reportedly dismissed without notice after they",
                          "Mr. Lee Testwood\nChief Executive Officer\nExample Logistics Ltd.\n1 Sample Road, Exampletown",
                          "asked to form a union.", LEAD, "1. Please provide information.",
                          "Please accept, Sir or Madam, the assurances of our highest consideration.")
    assert (result.fields.addressee, result.fields.addressee_title, result.fields.organisation) == (
        "Mr. Lee Testwood", "Chief Executive Officer", "Example Logistics Ltd.")
    assert "after they asked to form a union" in result.body.text


def test_prose_naming_someone_is_not_an_address_block():
    assert not parties.looks_like_address_block("Mr. Karim Exemplar, a lawyer, was reportedly summoned on 15 May.")
    assert not parties.looks_like_address_block("Dear Mr. Oliver Samplewright,")
    assert parties.looks_like_address_block("Ms. Ana Placeholder, Chief Executive Officer, Bluefin Example Ltd.")


def test_the_address_block_where_page_one_ended_mid_sentence():
    result = analyse_text(MANDATES, "REFERENCE: UA CHN 4/2024", "3 May 2024", "Excellency,", INTRO,
                          FACTS[0], "On 10 December 2021, Mr. Juan Testez was reportedly arrested by police officers",
                          "Her Excellency Ms. Mei Exampleton\nAmbassador\nPermanent Representative of the People's "
                          "Republic of China to the United Nations Office at Geneva",
                          "Testez at his home and taken to an unknown place.", LEAD, "1. Please provide "
                          "information.", ACCEPT)
    assert result.fields.addressee == "Ms. Mei Exampleton"
    assert result.fields.organisation.startswith("Permanent Mission of the People's Republic of China")
    allegations = result.body.section_text(SectionKind.ALLEGATIONS)
    assert "police officers Testez at his home" in allegations and "Ambassador" not in result.body.text


# ---------------------------------------------------------------- questions and similar letters


@pytest.mark.parametrize("labels", [["1.", "2."], ["1)", "2)"], ["(a)", "(b)"], ["a)", "b)"]])
def test_questions_end_where_the_question_ends(labels):
    result = analyse_text(MANDATES, "REFERENCE: UA CHN 4/2024", "3 May 2024", "Excellency,", INTRO, *FACTS, LEAD,
                          f"{labels[0]} Please provide information on the legal basis for his arrest.",
                          f"{labels[1]} Please indicate where he is held. This communication and any response "
                          "received from your Excellency’s Government will be made public via the communications "
                          "reporting website in 60 days. Pending a response, we urge that all necessary measures be "
                          "taken.", ACCEPT)
    assert [q.text for q in result.fields.questions] == [
        "Please provide information on the legal basis for his arrest.", "Please indicate where he is held."]
    assert result.body.section_text(SectionKind.CLOSING).startswith("This communication and any response")


@pytest.mark.parametrize(("sentence", "names", "others"), [
    ("Please note that letters expressing similar concerns are also sent to the Governments of China, the United "
     "States and the Netherlands, as well as to other companies concerned.",
     ["China", "United States of America", "Netherlands"], True),
    ("Des lettres exprimant des préoccupations similaires ont été envoyées aux Gouvernements de l’Espagne et du "
     "Maroc, ainsi qu’aux autres entreprises concernées.", ["Spain", "Morocco"], True),
    ("Cartas expresando preocupaciones similares han sido enviadas a los Gobiernos de Chile y del Perú, así como a "
     "Minera Ejemplo S.A.", ["Chile", "Peru", "Minera Ejemplo S.A."], False),
    ("Letters expressing similar concerns are also sent to the Governments of Bosnia and Herzegovina and Trinidad "
     "and Tobago.", ["Bosnia and Herzegovina", "Trinidad and Tobago"], False),
    ("Se han enviado cartas con preocupaciones similares al Gobierno de Colombia.", ["Colombia"], False),
    ("Letters expressing similar concerns have also been sent to the Government of the Republic of Korea and to "
     "Samsung Example Co., Ltd.", ["Republic of Korea", "Samsung Example Co., Ltd."], False),
])
def test_similar_letters_name_states_and_companies_and_flag_unnamed_others(sentence, names, others):
    assert parties.similar_letters_to(sentence) == (names, others)


# ---------------------------------------------------------------- annex


def test_annex_cites_every_authority_once_in_one_form():
    annex = (
        "We recall the International Covenant on Civil and Political Rights, in particular articles 2, 7 and 14 of "
        "the Covenant, and article 9 (1) of the ICCPR. We also refer to article 2, paragraph 3, of the Covenant "
        "and to general recommendation No. 30 of the Committee on the Elimination of Discrimination against Women. "
        "Security Council resolution 2178 (2014) and General Assembly resolution 53/144 are relevant, as are "
        "Human Rights Council resolutions 24/5 and 22/6 and the Basic Principles and Guidelines on the Right to a "
        "Remedy and Reparation (A/RES/60/147). The Guiding Principles on Internal Displacement apply. Guiding "
        "Principles 11, 13 and 15 and principle 22 of the Guiding Principles concern companies; see also ILO "
        "Convention No. 87 and the Forced Labour (Supplementary Measures) Recommendation, 2014 (No. 203), and "
        "Recommendation 8 of the Financial Action Task Force."
    )
    assert citations.annex_cites(annex) == [
        "CEDAW/C/GC/30", "S/RES/2178 (2014)", "A/RES/53/144", "A/HRC/RES/24/5", "A/HRC/RES/22/6", "A/RES/60/147",
        "ICCPR article 2", "ICCPR article 7", "ICCPR article 14", "ICCPR article 9",
        "Guiding Principles on Internal Displacement", "ILO C087", "ILO R203", "FATF Recommendation 8",
        "Guiding Principle 11", "Guiding Principle 13", "Guiding Principle 15", "Guiding Principle 22",
    ]


def test_annex_cites_in_french_and_spanish():
    french = ("l’article 2, paragraphe 3, du Pacte international relatif aux droits civils et politiques et "
              "l’observation générale no 31 du Comité des droits de l’homme ; les principes directeurs 13 et 15.")
    assert citations.annex_cites(french) == ["CCPR/C/GC/31", "ICCPR article 2", "Guiding Principle 13",
                                             "Guiding Principle 15"]
    spanish = ("los artículos 6 y 7 del Pacto Internacional de Derechos Económicos, Sociales y Culturales, el "
               "Convenio núm. 169 de la OIT y los Principios Rectores 17 a 21.")
    assert citations.annex_cites(spanish) == ["ICESCR article 6", "ICESCR article 7", "ILO C169",
                                              "Guiding Principles 17 to 21"]


def test_guiding_principle_spans_for_tags():
    text = "Guiding Principles 23 and 24; Guiding Principles 25 to 31"
    assert [(a, b) for _s, _e, a, b in citations.guiding_principle_spans(text)] == [(23, 23), (24, 24), (25, 31)]


# ---------------------------------------------------------------- language and long lines


def test_the_language_is_the_bodys_not_the_letterheads():
    result = analyse_text(
        "PALAIS DES NATIONS • 1211 GENEVA 10, SWITZERLAND", "Mandate of the Special Rapporteur on the right to food",
        "RÉFÉRENCE : AL SEN 2/2020", "4 août 2020", "Excellence,",
        "J’ai l’honneur de m’adresser à vous en ma qualité de Rapporteur spécial sur le droit à l’alimentation, "
        "conformément à la résolution 49/13 du Conseil des droits de l’homme.",
        "Selon les informations reçues :", "Les familles de la commune auraient été expulsées sans préavis.",
        "Veuillez agréer, Excellence, l’assurance de ma haute considération.")
    assert result.fields.language == "fr"
    assert result.fields.hrc_resolutions == ["49/13"]


def test_a_two_megabyte_single_line_text_is_read_in_bounded_time():
    flat = (DATA / "letters" / "UA_CHN_12_2023_flat.txt").read_text(encoding="utf-8").strip()
    data = ((flat + " ") * (2_000_000 // len(flat) + 1)).encode("utf-8")
    started = time.monotonic()
    analyse_file(data, "huge.txt")
    # A regex that backtracks catastrophically takes minutes or hours here; linear parsing takes seconds.
    assert time.monotonic() - started < 60
