"""Pre-2017 urgent appeal whose reference carries 90 characters of file codes, broken over two lines."""

from __future__ import annotations

from datetime import date

from common import (
    BILINGUAL_ADDRESS,
    BILINGUAL_LEFT,
    BILINGUAL_RIGHT,
    GENEVA_OFFICE,
    HOUSING,
    address_block,
    highest_consideration,
    old_questions_intro,
)
from model import BilingualLetterhead, DateLine, Letter, Mandates, Para, Questions, Reference, Signatures

HEALTH = ("Special Rapporteur on the right of everyone to the enjoyment of the highest attainable standard of "
          "physical and mental health")
FOOD = "Special Rapporteur on the right to food"
WATER = "Special Rapporteur on the human right to safe drinking water and sanitation"
GOVERNMENT = "your Excellency's Government"

LETTER = Letter(
    name="UA_LBN_5_2015",
    summary="Pre-2017 urgent appeal with long file codes broken over two lines",
    features=[
        'reference "UA Health (2002-7) Food (2000-9) G/SO 214 (53-24) Water (2008-1) Housing (2000-9)" on the '
        '"REFERENCE:" line and "LBN 5/2015" on the next (a manual line break) -> "UA LBN 5/2015"',
        "bilingual letterhead in a two-column table (French column, then English)",
        'mandates joined by "; " and, between the last two, " and the" with no semicolon; the first mandate holds '
        '"physical and mental health", the last ", and on the right …"',
        'a three-line address block as the first-page footer: "His Excellency Mr. …" / "Ambassador Extraordinary '
        'and Plenipotentiary" / "Permanent Representative of Lebanon to …": person, title and mission apart',
        'questions "(a)" by Word numbering; the last one shares its paragraph with "We would appreciate receiving a '
        'response within 48 hours. Pending a response, …" (not part of the question; reply_due = date + 2 days)',
        "a real footnote in the allegations; no annex (the law is cited in the body)",
    ],
    language="en",
    footer=address_block(
        "His Excellency Mr. Fadi Sampleton",
        "Ambassador Extraordinary and Plenipotentiary",
        f"Permanent Representative of Lebanon {GENEVA_OFFICE}",
    ),
    blocks=[
        BilingualLetterhead(BILINGUAL_LEFT, BILINGUAL_RIGHT, BILINGUAL_ADDRESS),
        Mandates(f"Mandates of the {HEALTH}; the {FOOD}; the {WATER} and the {HOUSING}"),
        Reference("REFERENCE:",
                  "UA Health (2002-7) Food (2000-9) G/SO 214 (53-24) Water (2008-1) Housing (2000-9)\nLBN 5/2015",
                  layout="line"),
        DateLine("4 August 2015"),
        Para("Excellency,"),
        Para(
            f"We have the honour to address you in our capacities as {HEALTH}; {FOOD}; {WATER} and {HOUSING}, "
            "pursuant to Human Rights Council resolutions 24/6, 22/9, 24/18 and 25/17."
        ),
        Para(
            f"In this connection, we would like to bring to the attention of {GOVERNMENT} information we have "
            "received concerning the interruption of the water supply to the informal settlement of Tal Example, "
            "where some 3,000 persons, many of them refugees, reportedly live without access to safe drinking "
            "water since the end of July 2015."
        ),
        Para("According to the information received:"),
        Para(
            "The informal settlement of Tal Example lies beside a municipal waste site that has reportedly received "
            "household and industrial waste without treatment since 2013. On 27 July 2015, the only water pipe "
            "serving the settlement was reportedly cut by a contractor working for the local water authority, "
            "after tests found that the water it carried had been contaminated by seepage from the waste site.^["
            "The tests were reportedly carried out by a university laboratory at the request of residents, and "
            "their results were shared with the mandate holders.]",
            role="allegation",
        ),
        Para(
            "Since then, residents have reportedly depended on water sold from private tankers at prices that most "
            "families cannot afford. Health workers visiting the settlement have reportedly recorded a sharp "
            "increase in cases of diarrhoea among children, and at least two infants were reportedly taken to "
            "hospital with severe dehydration in the first week of August 2015.",
            role="allegation",
        ),
        Para(
            "Residents who asked the municipality to restore the supply were reportedly told that the settlement "
            "would be cleared by the end of the year, and that no alternative water source would be provided in the "
            "meantime. Food distributions by a local charity were reportedly suspended on 1 August 2015 for lack of "
            "safe water to prepare meals.",
            role="allegation",
        ),
        Para(
            "While we do not wish to prejudge the accuracy of these allegations, we express our grave concern at "
            "the lack of access to safe drinking water for some 3,000 persons, which appears to be putting their "
            "lives and health, in particular those of young children, at serious risk. We are further concerned "
            "that the interruption of the water supply, together with the announced clearance of the settlement, "
            "may amount to a forced eviction carried out without consultation or the offer of adequate alternative "
            "housing."
        ),
        Para(
            f"We would like to draw the attention of {GOVERNMENT} to articles 11 and 12 of the International "
            "Covenant on Economic, Social and Cultural Rights, acceded to by Lebanon on 3 November 1972, which "
            "recognize the right of everyone to an adequate standard of living, including adequate food, water and "
            "housing, and to the enjoyment of the highest attainable standard of physical and mental health."
        ),
        Para(old_questions_intro()),
        Questions(
            [
                "Are the facts alleged in the above summary of the case accurate?",
                "Please provide information on the measures taken to restore access to safe and affordable drinking "
                "water for the residents of Tal Example, and on any interim supply provided to them.",
                "Please indicate whether the contamination of the water by the municipal waste site has been "
                "investigated, and what measures have been taken to stop it and to treat the affected residents.",
                "Please provide information on the legal basis for the planned clearance of the settlement, and "
                "indicate whether the residents have been consulted and offered adequate alternative housing.",
            ],
            style="(a)",
            tail=(
                "We would appreciate receiving a response within 48 hours. Pending a response, we urge that all "
                "necessary interim measures be taken to ensure that the residents have access to safe drinking "
                "water and adequate food."
            ),
        ),
        Para(highest_consideration("Excellency")),
        Signatures([
            ("Ottilie Exampleburg", HEALTH),
            ("Marcel Testafood", FOOD),
            ("Yusuf Sampleriver", WATER),
            ("Grete Placeholm", HOUSING),
        ]),
    ],
    reference="UA LBN 5/2015",
    date=date(2015, 8, 4),
    reply_hours=48,
    addressee="Mr. Fadi Sampleton",
    addressee_title=f"Ambassador Extraordinary and Plenipotentiary, Permanent Representative of Lebanon {GENEVA_OFFICE}",
    organisation=f"Permanent Mission of Lebanon {GENEVA_OFFICE}",
    mandates=[HEALTH, FOOD, WATER, HOUSING],
    hrc_resolutions=["24/6", "22/9", "24/18", "25/17"],
    text_copies=["txt"],
    must_not_appear_in_body=["PALAIS DES NATIONS", "Ambassador Extraordinary and Plenipotentiary",
                             "The tests were reportedly carried out"],
)
