"""Letter to a company: a bilingual cover note before the letterhead, similar letters to "other companies"."""

from __future__ import annotations

from datetime import date

from common import (
    BUSINESS,
    FIRST_QUESTION,
    LETTERHEAD_EN,
    MIGRANTS,
    SLAVERY,
    annex_pointer,
    highest_consideration,
    publication,
    questions_intro,
    special_procedures,
)
from model import Annex, CoverNote, DateLine, Letter, Mandates, Para, Questions, Reference, Signatures

COMPANY = "Bluefin Example Fisheries Ltd."

LETTER = Letter(
    name="AL_OTH_15_2022",
    summary="Allegation letter to a company, with a bilingual cover note before the letterhead",
    features=[
        'a cover note in English and Spanish ABOVE the letterhead: "Communications sent on this matter: AL CAN '
        '3/2022, AL GBR 6/2022, AL PER 2/2022" / "Comunicaciones enviadas sobre este asunto: AL 3/2022, …" (the '
        "Spanish half drops the country code, so it cites nothing); the letter's own reference is the one after "
        '"REFERENCE:"',
        'mandates joined by "; " and ", and the"',
        f'"Dear Ms. Ana Placeholder," and the footer "Ms. Ana Placeholder, Chief Executive Officer, {COMPANY}"',
        'similar letters "to the Governments of Canada, the United Kingdom and Peru, as well as to other companies '
        'involved": the States by their full names, and similar_letters_to_others',
        "annex citing A/HRC/RES/17/31, the Work in Fishing Convention (No. 188), the 2014 Protocol to the Forced "
        "Labour Convention (ILO P029), ILO Recommendation No. 203 (ILO R203), Guiding Principle 13, \"Guiding "
        'Principles 17 to 21" (a range) and "Guiding Principles 23 and 24" (a pair: each)',
    ],
    language="en",
    footer=f"Ms. Ana Placeholder, Chief Executive Officer, {COMPANY}",
    blocks=[
        CoverNote("Communications sent on this matter: AL CAN 3/2022, AL GBR 6/2022, AL PER 2/2022\n"
                  "Comunicaciones enviadas sobre este asunto: AL 3/2022, AL 6/2022, AL 2/2022"),
        LETTERHEAD_EN,
        Mandates(f"Mandates of the {BUSINESS}; the {SLAVERY}, and the {MIGRANTS}"),
        Reference("REFERENCE:", "AL OTH 15/2022"),
        DateLine("21 April 2022"),
        Para("Dear Ms. Ana Placeholder,"),
        Para(
            f"We have the honour to address you in our capacities as {BUSINESS}; {SLAVERY}, and {MIGRANTS}, "
            "pursuant to Human Rights Council resolutions 44/15, 42/10 and 43/6."
        ),
        Para(special_procedures()),
        Para(
            f"In this connection, we have received information concerning the working conditions of migrant "
            f"fishers on long-distance vessels that supply {COMPANY}, which allegedly amount to forced labour."
        ),
        Para("According to the information received:"),
        Para(
            f"{COMPANY} buys tuna from a fleet of twelve long-distance vessels flying the flags of several States. "
            "Fishers on these vessels, most of them migrants, are reportedly recruited through agencies that "
            "charge them fees and keep their identity documents for the duration of their contracts, which last "
            "up to two years.",
            role="allegation",
        ),
        Para(
            "Several fishers reportedly stated that they worked up to 20 hours a day, were not allowed to "
            "leave the vessels when they called at port, and received their wages only at the end of their "
            "contracts, after deductions for food and equipment. Those who complained were reportedly threatened "
            "with being left at the next port without pay.",
            role="allegation",
        ),
        Para(
            "In March 2022, the body of a fisher was reportedly kept in the freezer of one vessel for several "
            "weeks before it was brought ashore, and his family has not received any information on the cause of "
            "his death.",
            role="allegation",
        ),
        Para(
            "While we do not wish to prejudge the accuracy of these allegations, we express our serious concern at "
            "the reported conditions of work on vessels supplying your company, which bear several indicators of "
            "forced labour, and at the apparent absence of human rights due diligence in its supply chain."
        ),
        Para(annex_pointer()),
        Para(questions_intro()),
        Questions([
            FIRST_QUESTION,
            "Please provide information on the human rights due diligence measures your company has taken to "
            "identify, prevent and mitigate risks of forced labour on the vessels that supply it.",
            "Please indicate whether your company has audited the recruitment agencies used by its suppliers, and "
            "whether it requires that no fees be charged to fishers.",
            "Please explain what steps your company has taken to provide for or cooperate in the remediation of "
            "the harm suffered by the fishers concerned.",
        ]),
        Para(publication("your company")),
        Para(
            "Please note that letters expressing similar concerns are also sent to the Governments of Canada, the "
            "United Kingdom and Peru, as well as to other companies involved."
        ),
        Para(highest_consideration("Ms. Placeholder")),
        Signatures([
            ("Ifeoma Testwright", f"Chair-Rapporteur of the {BUSINESS}"),
            ("Lars Fictionsen", SLAVERY),
            ("Mirela Exemplarić", MIGRANTS),
        ]),
        Annex(
            "Annex",
            "Reference to international human rights law",
            [
                "In connection with the above alleged facts and concerns, we would like to draw your attention to "
                "the Guiding Principles on Business and Human Rights, which were endorsed by the Human Rights "
                "Council in its resolution A/HRC/RES/17/31.",
                "According to Guiding Principle 13, business enterprises should seek to prevent or mitigate adverse "
                "human rights impacts that are directly linked to their operations, products or services by their "
                "business relationships. Guiding Principles 17 to 21 describe the human rights due diligence "
                "process that this responsibility requires.",
                "We also refer to the standards of the International Labour Organization, in particular the Work in "
                "Fishing Convention, 2007 (No. 188), the Protocol of 2014 to the Forced Labour Convention, 1930, and "
                "the Forced Labour (Supplementary Measures) Recommendation, 2014 (No. 203), which calls on "
                "employers to protect workers from abusive recruitment practices.",
                "Finally, Guiding Principles 23 and 24 provide that, where it is necessary to prioritize actions, "
                "business enterprises should first seek to prevent and mitigate the impacts that are most severe.",
            ],
        ),
    ],
    reference="AL OTH 15/2022",
    date=date(2022, 4, 21),
    addressee="Ms. Ana Placeholder",
    addressee_title="Chief Executive Officer",
    organisation=COMPANY,
    mandates=[BUSINESS, SLAVERY, MIGRANTS],
    hrc_resolutions=["44/15", "42/10", "43/6"],
    annex_cites=["A/HRC/RES/17/31", "ILO C188", "ILO P029", "ILO R203", "Guiding Principle 13",
                 "Guiding Principles 17 to 21", "Guiding Principle 23", "Guiding Principle 24"],
    similar_letters_to=["Canada", "United Kingdom of Great Britain and Northern Ireland", "Peru"],
    similar_letters_to_others=True,
    cited_references=["AL CAN 3/2022", "AL GBR 6/2022", "AL PER 2/2022"],
    text_copies=["txt", "shared"],
    must_not_appear_in_body=["PALAIS DES NATIONS", "Communications sent on this matter", "Chief Executive Officer"],
)
