"""Pre-2017 joint urgent appeal: bilingual letterhead, file codes in the reference, date on its line."""

from __future__ import annotations

from datetime import date

from common import (
    BILINGUAL_ADDRESS,
    BILINGUAL_LEFT,
    BILINGUAL_RIGHT,
    DEFENDERS,
    HOUSING,
    highest_consideration,
    old_questions_intro,
)
from model import BilingualLetterhead, Letter, Mandates, Para, Questions, Reference, Signatures

IDPS = "Special Rapporteur on the human rights of internally displaced persons"
GOVERNMENT = "your Excellency's Government"

LETTER = Letter(
    name="UA_SYR_3_2014",
    summary="Pre-2017 joint urgent appeal with a bilingual letterhead",
    features=[
        "bilingual letterhead in a two-column table (NATIONS UNIES / UNITED NATIONS, HAUT COMMISSARIAT … / "
        "OFFICE OF THE HIGH COMMISSIONER …, PROCEDURES SPECIALES … / SPECIAL PROCEDURES …): the PDF text "
        "layer gives the French column, then the English one",
        'reference with internal file codes and the date on the same line (right tab): "REFERENCE: UA Housing '
        '(2000-9) G/SO 214 (53-24) SYR 3/2014<tab>21 May 2014" -> "UA SYR 3/2014", date 2014-05-21',
        "the first mandate holds \", and on the right …\": a list is cut only where the next item starts with a "
        "mandate's kind (Special Rapporteur, Working Group…)",
        '"We would appreciate a response within sixty days" (a number in words): reply_due = date + 60 days',
        "no annex: the law is cited in the body (ICESCR article 11, the Declaration on Human Rights Defenders, "
        "the Guiding Principles on Internal Displacement), so annex is null",
        'questions typed by hand as "1." + tab; the first is a question ("Are the facts alleged … accurate?")',
        "old closing wording: the response \"will be made available in a report to be presented to the Human "
        "Rights Council\"",
    ],
    language="en",
    footer="His Excellency Mr. Nabil Testname, Ambassador Extraordinary and Plenipotentiary, Permanent "
           "Representative of the Syrian Arab Republic to the United Nations Office at Geneva",
    blocks=[
        BilingualLetterhead(BILINGUAL_LEFT, BILINGUAL_RIGHT, BILINGUAL_ADDRESS),
        Mandates(f"Mandates of the {HOUSING}; the {DEFENDERS}; and the {IDPS}"),
        Reference("REFERENCE:", "UA Housing (2000-9) G/SO 214 (53-24) SYR 3/2014", same_line_date="21 May 2014"),
        Para("Excellency,"),
        Para(
            f"We have the honour to address you in our capacities as {HOUSING}; {DEFENDERS}; and {IDPS}, pursuant "
            "to Human Rights Council resolutions 25/17, 25/18 and 23/8."
        ),
        Para(
            f"In this connection, we would like to bring to the attention of {GOVERNMENT} information we have "
            "received concerning the imminent demolition of some 400 homes in the Al-Namudhaj neighbourhood, and "
            "the warnings addressed to Mr. Karim Exemplar, a lawyer assisting its residents."
        ),
        Para("According to the information received:"),
        Para(
            "On 2 May 2014, residents of the Al-Namudhaj neighbourhood, on the outskirts of a large city, reportedly "
            "received oral orders to vacate their homes within three weeks, ahead of demolitions planned for a "
            "reconstruction project. The neighbourhood is home to some 400 families, many of whom had already been "
            "displaced from other parts of the country.",
            role="allegation",
        ),
        Para(
            "No written decision was reportedly issued, and the residents were neither consulted nor offered "
            "compensation or alternative housing. Demolitions are reportedly scheduled to start on 24 May 2014.",
            role="allegation",
        ),
        Para(
            "Mr. Karim Exemplar, a lawyer who has been assisting residents in challenging the eviction orders, was "
            "reportedly summoned for questioning on 15 May 2014 and warned that he would be prosecuted if he "
            "continued to represent them.",
            role="allegation",
        ),
        Para(
            "While we do not wish to prejudge the accuracy of these allegations, we express grave concern at the "
            "imminent forced eviction of some 400 families, many of them internally displaced, without prior "
            "consultation, adequate notice, compensation or alternative housing, which could render them homeless. "
            "We are further concerned that the warnings addressed to Mr. Exemplar may be related to his legitimate "
            "work in defence of human rights."
        ),
        Para(
            f"We would like to draw the attention of {GOVERNMENT} to article 11 of the International Covenant on "
            "Economic, Social and Cultural Rights, acceded to by the Syrian Arab Republic on 21 April 1969, which "
            "recognizes the right of everyone to an adequate standard of living, including adequate housing, and to "
            "the Guiding Principles on Internal Displacement, which provide that displaced persons shall be "
            "protected against arbitrary displacement. We would also like to refer to the Declaration on the Right "
            "and Responsibility of Individuals, Groups and Organs of Society to Promote and Protect Universally "
            "Recognized Human Rights and Fundamental Freedoms, in particular its articles 1 and 12."
        ),
        Para(
            f"In view of the urgency of the matter, we would appreciate a response on the initial steps taken by "
            f"{GOVERNMENT} to protect the rights of the above-mentioned persons in compliance with international "
            "instruments."
        ),
        Para(old_questions_intro()),
        Questions(
            [
                "Are the facts alleged in the above summary of the case accurate?",
                "Please provide information on the legal basis for the eviction orders, and indicate whether the "
                "residents were consulted, given adequate and reasonable notice and offered adequate compensation "
                "or alternative housing.",
                "Please indicate what measures have been taken to ensure that no one is rendered homeless as a "
                "result of the planned demolitions, in particular internally displaced persons.",
                "Please provide information on the reasons for the summoning of Mr. Exemplar, and indicate what "
                "measures have been taken to ensure that lawyers and human rights defenders can carry out their "
                "legitimate activities without fear of reprisals.",
            ],
            style="1.",
            auto=False,
        ),
        Para(
            f"We would appreciate a response within sixty days. {GOVERNMENT[0].upper() + GOVERNMENT[1:]}'s response "
            "will be made available in a report to be presented to the Human Rights Council for its consideration."
        ),
        Para(
            f"While waiting for your response, we urge {GOVERNMENT} to take all necessary measures to halt the "
            "planned demolitions until the residents have been consulted and offered adequate alternatives, and to "
            "protect the rights and freedoms of the above-mentioned persons."
        ),
        Para(highest_consideration("Excellency")),
        Signatures([
            ("Olga Exemplarova", HOUSING),
            ("Bruno Fakename", DEFENDERS),
            ("Daniel Mustermann", IDPS),
        ]),
    ],
    reference="UA SYR 3/2014",
    date=date(2014, 5, 21),
    addressee="Mr. Nabil Testname",
    addressee_title="Ambassador Extraordinary and Plenipotentiary, Permanent Representative of the Syrian Arab "
                    "Republic to the United Nations Office at Geneva",
    organisation="Permanent Mission of the Syrian Arab Republic to the United Nations Office at Geneva",
    mandates=[HOUSING, DEFENDERS, IDPS],
    hrc_resolutions=["25/17", "25/18", "23/8"],
    text_copies=["txt"],
    must_not_appear_in_body=["PALAIS DES NATIONS", "SPECIAL PROCEDURES OF THE HUMAN RIGHTS COUNCIL",
                             "Ambassador Extraordinary and Plenipotentiary"],
)
