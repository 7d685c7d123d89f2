"""Letter to a company whose first page lists related communications before its own reference."""

from __future__ import annotations

from datetime import date

from common import (
    BUSINESS,
    FIRST_QUESTION,
    LETTERHEAD_EN,
    SLAVERY,
    TRAFFICKING,
    annex_pointer,
    highest_consideration,
    publication,
    questions_intro,
    special_procedures,
)
from model import Annex, CoverNote, DateLine, Letter, Mandates, Para, Questions, Reference, Signatures


LETTER = Letter(
    name="AL_OTH_41_2020",
    summary="Allegation letter to a company, with a cover note of related communications",
    features=[
        'a cover note "Related communications: AL GBR 2/2020, UA GBR 5/2020" BEFORE "REFERENCE:": the '
        "letter's own reference is the one after the label (AL OTH 41/2020); the others are cited_references",
        'company addressee: "Dear Mr. Oliver Samplewright," and a footer "Mr. …, Chief Executive Officer, '
        'Harbourline Apparel plc"',
        "similar letters to States whose names contain \"and\" and to a named company: \"the Governments of "
        "the United Kingdom of Great Britain and Northern Ireland and Bangladesh, as well as to Northwind "
        'Textiles Ltd."',
        "a real footnote in the allegations",
        "annex on the UN Guiding Principles: A/HRC/RES/17/31, the Palermo Protocol, ILO Convention No. 29 "
        "(\"ILO C029\"), Guiding Principles 13, 15 and 22",
    ],
    language="en",
    footer="Mr. Oliver Samplewright, Chief Executive Officer, Harbourline Apparel plc",
    blocks=[
        LETTERHEAD_EN,
        Mandates(f"Mandates of the {BUSINESS}; the {SLAVERY}; and the {TRAFFICKING}"),
        CoverNote("Related communications: AL GBR 2/2020, UA GBR 5/2020"),
        Reference("REFERENCE:", "AL OTH 41/2020"),
        DateLine("12 June 2020"),
        Para("Dear Mr. Oliver Samplewright,"),
        Para(
            f"We have the honour to address you in our capacities as {BUSINESS}; {SLAVERY}; and {TRAFFICKING}, "
            "pursuant to Human Rights Council resolutions 35/7, 42/10 and 35/5."
        ),
        Para(special_procedures()),
        Para(
            "In this connection, we have received information that your company may be linked, through its supply "
            "chain, to alleged forced labour and trafficking in persons affecting migrant workers employed at a "
            "garment factory operated by one of its suppliers, Northwind Textiles Ltd., in the town of Exampleford."
        ),
        Para("According to the information received:"),
        Para(
            "Northwind Textiles Ltd. manufactures garments for several retailers, including Harbourline Apparel "
            "plc, which reportedly accounts for more than half of its production. Since early 2019, the factory has "
            "reportedly relied on about 250 migrant workers recruited through informal intermediaries.",
            role="allegation",
        ),
        Para(
            "Workers reportedly paid recruitment fees equivalent to several months of wages, which were then "
            "deducted from their pay, and were required to hand over their passports on arrival, allegedly \u201cfor "
            "safekeeping\u201d. Several workers reported shifts of up to 14 hours a day, six days a week, for hourly "
            "wages well below the statutory minimum, and said that they had been threatened with dismissal and "
            "with being reported to the immigration authorities if they complained.^[The retention of identity "
            "documents, debt bondage and the threat of denunciation to the authorities are among the indicators of "
            "forced labour identified by the International Labour Organization.]",
            role="allegation",
        ),
        Para(
            "Two audits commissioned by retailers in 2019 were reportedly announced to the factory management in "
            "advance, and workers were allegedly instructed on how to answer the auditors' questions.",
            role="allegation",
        ),
        Para(
            "While we do not wish to prejudge the accuracy of these allegations, we express our serious concern at "
            "the reported working conditions of migrant workers at the factory, which may amount to forced labour "
            "and trafficking in persons for the purpose of labour exploitation. We are further concerned that the "
            "human rights due diligence carried out by buyers, including your company, may not have been adequate "
            "to identify and address these risks."
        ),
        Para(annex_pointer()),
        Para(questions_intro()),
        Questions([
            FIRST_QUESTION,
            "Please provide information on the human rights due diligence steps taken by your company, in line with "
            "the UN Guiding Principles on Business and Human Rights, to identify, prevent, mitigate and account for "
            "risks of forced labour and trafficking in persons in its supply chain, including at the Exampleford "
            "factory of Northwind Textiles Ltd.",
            "Please indicate whether your company has conducted or commissioned an unannounced audit of working "
            "conditions at Northwind Textiles Ltd. since these allegations came to its attention and, if so, please "
            "share its main findings.",
            "Please explain what measures your company has taken or intends to take to ensure that the affected "
            "workers are reimbursed the recruitment fees they paid, receive the wages owed to them and have their "
            "passports returned.",
            "Please provide information on any operational-level grievance mechanism available to workers in your "
            "supply chain, including workers employed by suppliers, and on how such workers are informed of it.",
        ]),
        Para(publication("your company")),
        Para(
            "Please note that letters expressing similar concerns are also sent to the Governments of the United "
            "Kingdom of Great Britain and Northern Ireland and Bangladesh, as well as to Northwind Textiles Ltd."
        ),
        Para(highest_consideration("Mr. Samplewright")),
        Signatures([
            ("Kwame Exampleson", f"Chair-Rapporteur of the {BUSINESS}"),
            ("Ingrid Placeholder", SLAVERY),
            ("Fatou Samplewell", TRAFFICKING),
        ]),
        Annex(
            "Annex",
            "Reference to international human rights law",
            [
                "In connection with the above alleged facts and concerns, we would like to draw your attention to "
                "the UN Guiding Principles on Business and Human Rights, which were unanimously endorsed in 2011 by "
                "the Human Rights Council in its resolution (A/HRC/RES/17/31) after years of consultations involving "
                "Governments, civil society and the business community.",
                "We also recall that the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially "
                "Women and Children, defines trafficking in persons as including the recruitment, transportation, "
                "transfer, harbouring or receipt of persons by means of deception or the abuse of a position of "
                "vulnerability for the purpose of exploitation, and that the Forced Labour Convention, 1930 "
                "(No. 29) defines forced labour as all work or service which is exacted from any person under the "
                "menace of any penalty and for which the person has not offered himself or herself voluntarily.",
                "\u201cThe responsibility to respect human rights requires that business enterprises: (a) Avoid "
                "causing or contributing to adverse human rights impacts through their own activities, and address "
                "such impacts when they occur; (b) Seek to prevent or mitigate adverse human rights impacts that "
                "are directly linked to their operations, products or services by their business relationships, "
                "even if they have not contributed to those impacts.\u201d (Guiding Principle 13).",
                "To fulfil this responsibility, business enterprises should have in place a policy commitment, a "
                "human rights due diligence process, and processes to enable the remediation of any adverse human "
                "rights impacts they cause or to which they contribute (Guiding Principle 15). Where business "
                "enterprises identify that they have caused or contributed to adverse impacts, they should provide "
                "for or cooperate in their remediation through legitimate processes (Guiding Principle 22).",
            ],
        ),
    ],
    reference="AL OTH 41/2020",
    date=date(2020, 6, 12),
    addressee="Mr. Oliver Samplewright",
    addressee_title="Chief Executive Officer",
    organisation="Harbourline Apparel plc",
    mandates=[BUSINESS, SLAVERY, TRAFFICKING],
    hrc_resolutions=["35/7", "42/10", "35/5"],
    annex_cites=["A/HRC/RES/17/31", "Palermo Protocol", "ILO C029", "Guiding Principle 13", "Guiding Principle 15",
                 "Guiding Principle 22"],
    similar_letters_to=[
        "United Kingdom of Great Britain and Northern Ireland", "Bangladesh", "Northwind Textiles Ltd.",
    ],
    cited_references=["AL GBR 2/2020", "UA GBR 5/2020"],
    text_copies=["txt"],
    must_not_appear_in_body=["PALAIS DES NATIONS", "Related communications", "Chief Executive Officer",
                             "The retention of identity documents"],
)
