"""Allegation letter from eleven mandates (every kind) to a State; narrative dates, a rich annex."""

from __future__ import annotations

from datetime import date

from common import (
    FIRST_QUESTION,
    GENEVA_OFFICE,
    LETTERHEAD_EN,
    address_block,
    annex_pointer,
    highest_consideration,
    interim_measures,
    publication,
    questions_intro,
)
from model import Annex, DateLine, Letter, Mandates, Para, Questions, Reference, Signatures

MANDATES = [
    "Working Group on the issue of human rights and transnational corporations and other business enterprises",
    "Special Rapporteur on the rights of Indigenous Peoples",
    "Special Rapporteur on the situation of human rights defenders",
    "Special Rapporteur on extrajudicial, summary or arbitrary executions",
    "Special Rapporteur on the human rights obligations relating to the enjoyment of a safe, clean, healthy and "
    "sustainable environment",
    "Independent Expert on human rights and international solidarity",
    "Special Rapporteur on the right to food",
    "Working Group on discrimination against women and girls",
    "Special Rapporteur on the human right to safe drinking water and sanitation",
    "Special Rapporteur on the right of everyone to the enjoyment of the highest attainable standard of physical "
    "and mental health",
    "Special Rapporteur on the implications for human rights of the environmentally sound management and disposal "
    "of hazardous substances and wastes",
]
RESOLUTIONS = ["53/3", "51/16", "52/4", "53/4", "46/7", "53/5", "50/4", "50/18", "51/19", "51/21", "54/10"]
SIGNATORIES = [
    ("Olumide Sampleton", f"Chair-Rapporteur of the {MANDATES[0]}"),
    ("Tupã Exemplo", MANDATES[1]),
    ("Siri Testdottir", MANDATES[2]),
    ("Kofi Placeholder", MANDATES[3]),
    ("Ines Fakeworth", MANDATES[4]),
    ("Ravi Examplenathan", MANDATES[5]),
    ("Aiko Testmura", MANDATES[6]),
    ("Carla Modelo", f"Chair of the {MANDATES[7]}"),
    ("Jens Prøvesen", MANDATES[8]),
    ("Amara Sampleby", MANDATES[9]),
    ("Wojciech Przykład", MANDATES[10]),
]
GOVERNMENT = "your Excellency’s Government"
COMPANY = "Exampleore Mineração S.A."


def _header() -> str:
    items = [f"the {m}" for m in MANDATES]
    return "Mandates of " + "; ".join(items[:-1]) + "; and " + items[-1]


LETTER = Letter(
    name="AL_BRA_11_2023",
    summary="Allegation letter from eleven mandates to a State",
    features=[
        "eleven mandates of every kind (Working Groups, Special Rapporteurs, an Independent Expert) in one header "
        'joined by "; " and "; and the"; eleven resolutions, eleven signatories (titles such as "Chair of the …")',
        "narrative dates in the allegations (\"On 10 December 2021, …\"); in the copy that starts at the salutation "
        "the letter's date is unknown, never one of those",
        'questions typed by hand as "1)" + tab; a real footnote',
        'similar letters "to the Governments of the United Kingdom and Switzerland, and to '
        f'{COMPANY}" -> the full State names and the company',
        "three-line address block for a female Permanent Representative (\"Her Excellency Ms. …\")",
        'annex citing the ICCPR by name and then "articles 2, 6 and 17 of the Covenant", ICESCR articles 11 and 12, '
        "general comment No. 36 by name (-> CCPR/C/GC/36), CRC/C/GC/16 and CEDAW/C/GC/39 as written, "
        "A/RES/60/147, a Council resolution by number, a report symbol, UNDRIP, ILO Convention No. 169 and "
        "Guiding Principles 1 and 2",
    ],
    language="en",
    footer=address_block(
        "Her Excellency Ms. Beatriz Testemunha",
        "Ambassador Extraordinary and Plenipotentiary",
        f"Permanent Representative of Brazil {GENEVA_OFFICE}",
    ),
    blocks=[
        LETTERHEAD_EN,
        Mandates(_header()),
        Reference("REFERENCE:", "AL BRA 11/2023"),
        DateLine("17 October 2023"),
        Para("Excellency,"),
        Para(
            "We have the honour to address you in our capacities as " + "; ".join(MANDATES[:-1]) + "; and "
            + MANDATES[-1] + ", pursuant to Human Rights Council resolutions " + ", ".join(RESOLUTIONS[:-1])
            + " and " + RESOLUTIONS[-1] + "."
        ),
        Para(
            f"In this connection, we would like to bring to the attention of {GOVERNMENT} information we have "
            "received concerning the contamination of the Rio Exemplo by mining waste, its effects on the "
            "Indigenous community of Aldeia Teste, and the killing of a woman defender of the river."
        ),
        Para("According to the information received:"),
        Para(
            f"On 10 December 2021, a tailings dam at a mine operated by {COMPANY} reportedly gave way, releasing "
            "mud containing heavy metals into the Rio Exemplo. The river is the main source of water and fish for "
            "the Indigenous community of Aldeia Teste, some 40 kilometres downstream, whose territory has been "
            "formally recognized since 1998.",
            role="allegation",
        ),
        Para(
            "Tests carried out in 2022 by a public university reportedly found levels of mercury and lead in the "
            "river water far above national limits, and in the blood of several children of the community.^[The "
            "results were published in a peer-reviewed journal and submitted to the mandate holders.] The "
            "community reportedly received drinking water from tanker trucks for three months only, and has since "
            "depended on the river again.",
            role="allegation",
        ),
        Para(
            "On 2 June 2023, Ms. Yara Testemunha-Silva, an Indigenous woman who led the community’s demands for "
            "clean-up and compensation, was reportedly shot dead near her home. She had reported threats to the "
            "police on several occasions since 2022. No one has reportedly been charged with her killing.",
            role="allegation",
        ),
        Para(
            "While we do not wish to prejudge the accuracy of these allegations, we express our grave concern at "
            "the killing of Ms. Testemunha-Silva, which appears to be linked to her peaceful defence of the rights "
            "of her community, and at the continuing exposure of the community, and in particular of its children, "
            "to contaminated water and food."
        ),
        Para(annex_pointer()),
        Para(questions_intro()),
        Questions(
            [
                FIRST_QUESTION,
                "Please provide information on the investigation into the killing of Ms. Testemunha-Silva, and on "
                "the measures taken to protect the members of her family and of her community.",
                "Please indicate what measures have been taken to provide the community of Aldeia Teste with safe "
                "drinking water and to monitor and treat the health of its members.",
                f"Please provide information on the measures taken to hold {COMPANY} accountable and to ensure "
                "the clean-up of the river and adequate compensation for the community.",
                "Please explain how the free, prior and informed consent of the community was sought before the "
                "mine was licensed.",
            ],
            style="1)",
            auto=False,
        ),
        Para(publication(GOVERNMENT)),
        Para(interim_measures()),
        Para(
            "Please note that letters expressing similar concerns are also sent to the Governments of the United "
            f"Kingdom and Switzerland, and to {COMPANY}"
        ),
        Para(highest_consideration("Excellency")),
        Signatures(SIGNATORIES),
        Annex(
            "Annex",
            "Reference to international human rights law",
            [
                "In connection with the above alleged facts and concerns, we would like to draw the attention of "
                f"{GOVERNMENT} to the International Covenant on Civil and Political Rights, ratified by Brazil on "
                "24 January 1992, and in particular to articles 2, 6 and 17 of the Covenant, which protect the "
                "rights to an effective remedy, to life and to privacy and family life. In its general comment "
                "No. 36 (2018), the Human Rights Committee stressed that the duty to protect life requires States to "
                "take special measures of protection towards persons at risk, including human rights defenders.",
                "We also refer to articles 11 and 12 of the International Covenant on Economic, Social and Cultural "
                "Rights, ratified by Brazil on 24 January 1992, and to the obligations of States with regard to "
                "business activities and children’s rights set out in CRC/C/GC/16, as well as to the situation of "
                "Indigenous women and girls addressed in CEDAW/C/GC/39.",
                "We further recall the United Nations Declaration on the Rights of Indigenous Peoples, the "
                "Indigenous and Tribal Peoples Convention, 1989 (No. 169), ratified by Brazil on 25 July 2002, and "
                "the Basic Principles and Guidelines on the Right to a Remedy and Reparation (A/RES/60/147).",
                "In its resolution 40/11, the Human Rights Council recognized the positive and important role of "
                "environmental human rights defenders. The Special Rapporteur on the situation of human rights "
                "defenders has also reported on the risks they face (A/HRC/32/45).",
                "Finally, Guiding Principles 1 and 2 recall that States must protect against human rights abuse "
                "within their territory by third parties, including business enterprises.",
            ],
        ),
    ],
    reference="AL BRA 11/2023",
    date=date(2023, 10, 17),
    addressee="Ms. Beatriz Testemunha",
    addressee_title=f"Ambassador Extraordinary and Plenipotentiary, Permanent Representative of Brazil {GENEVA_OFFICE}",
    organisation=f"Permanent Mission of Brazil {GENEVA_OFFICE}",
    mandates=list(MANDATES),
    hrc_resolutions=list(RESOLUTIONS),
    annex_cites=["CCPR/C/GC/36", "CRC/C/GC/16", "CEDAW/C/GC/39", "A/RES/60/147", "A/HRC/RES/40/11", "A/HRC/32/45",
                 "ICCPR article 2", "ICCPR article 6", "ICCPR article 17", "ICESCR article 11", "ICESCR article 12",
                 "UNDRIP", "ILO C169", "Guiding Principle 1", "Guiding Principle 2"],
    similar_letters_to=["United Kingdom of Great Britain and Northern Ireland", "Switzerland", COMPANY],
    text_copies=["txt", "salutation"],
    must_not_appear_in_body=["PALAIS DES NATIONS", "Permanent Representative of Brazil",
                             "The results were published"],
)
